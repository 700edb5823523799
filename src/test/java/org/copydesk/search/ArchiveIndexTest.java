package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.search.ArchiveSamples.edition;
import static org.copydesk.search.ArchiveSamples.photo;
import static org.copydesk.search.ArchiveSamples.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.copydesk.model.ArticleStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveIndexTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private ArchiveIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = ArchiveIndex.inMemory();
        index.put(edition("e1", MONDAY.minusDays(7), 101, List.of(
                story("bridge", "e1", "跨江通道再添新线", "本报记者 林晓燕", ArticleStatus.SIGNED_OFF,
                        "记者从市交通局获悉，江澜市长江大桥北侧的引桥工程已进入收尾阶段，预计年底前通车。"
                                + "届时两岸往来时间将由四十分钟缩短至一刻钟，沿线居民出行更加便利。"),
                story("market", "e1", "早市菜价总体平稳", "本报记者 周建国", ArticleStatus.EDITING,
                        "入冬以来，城区各农贸市场蔬菜供应充足，叶菜价格略有回落，肉蛋价格保持稳定。")),
                List.of(photo("ph1", "e1", "施工人员在引桥上吊装最后一段钢箱梁。", "陈海波")), true), "f1");
        index.put(edition("e2", MONDAY, 102, List.of(
                story("renewal", "e2", "老街区城市更新迎来新面貌", "本报记者 林晓燕", ArticleStatus.DRAFT,
                        "今年以来，我市推进城市更新行动，十二条老街完成立面改造和管网更新，"
                                + "居民们说，家门口的变化看得见、摸得着。"),
                story("market2", "e2", "菜价平稳 供应充足", "通讯员 王丽", ArticleStatus.SIGNED_OFF,
                        "据市商务局监测，本周蔬菜批发均价环比下降百分之三，早市菜价总体平稳。")),
                List.of(photo("ph2", "e2", "市民在新开放的滨江步道上晨练。", "陈海波")), false), "f2");
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aTwoCharacterWordIsFoundInsideLongerTextWhateverTheDictionarySegmentationSays() throws IOException {
        // ICU cuts 江澜市长江大桥的引桥工程 as 江 澜 市 长江 大 桥 的 引 桥 工程: neither 大桥 nor 引桥 is a word
        // of the text to it, and 澜市 spans two of its words; the character pairs find all three.
        assertThat(ids(SearchRequest.of("大桥"))).containsExactly("bridge");
        assertThat(ids(SearchRequest.of("引桥"))).containsExactly("bridge");
        assertThat(ids(SearchRequest.of("澜市"))).containsExactly("bridge");
        assertThat(ids(SearchRequest.of("长江"))).containsExactly("bridge");
    }

    @Test
    void findsANameAPhraseAndACaption() throws IOException {
        assertThat(ids(SearchRequest.of("林晓燕"))).containsExactlyInAnyOrder("bridge", "renewal");
        assertThat(ids(SearchRequest.of("城市更新"))).containsExactly("renewal");
        // A caption framed with a story finds the story; one framed alone is a result of its own.
        assertThat(ids(SearchRequest.of("钢箱梁"))).containsExactly("bridge");
        assertThat(ids(SearchRequest.of("滨江步道"))).containsExactly("ph2");
    }

    @Test
    void everyWordMustStandInTheStory() throws IOException {
        assertThat(ids(SearchRequest.of("菜价 商务局"))).containsExactly("market2");
        assertThat(ids(SearchRequest.of("大桥菜价"))).isEmpty();
    }

    @Test
    void equalMatchesComeNewestFirst() throws IOException {
        assertThat(ids(SearchRequest.of("早市菜价总体平稳"))).hasSize(2);
        List<SearchHit> hits = index.search(SearchRequest.of("菜价"));
        assertThat(hits).extracting(SearchHit::id).containsExactlyInAnyOrder("market", "market2");
        // The headline "早市菜价总体平稳" and "菜价平稳" both hold 菜价 once in head and body.
        SearchHit newer = hits.stream().filter(h -> h.id().equals("market2")).findFirst().orElseThrow();
        assertThat(newer.editionDate()).isEqualTo(MONDAY);
        assertThat(newer.issueNumber()).isEqualTo(102);
        assertThat(newer.editionName()).isEqualTo("江澜日报");
    }

    @Test
    void filtersByDatePageAuthorAndStatus() throws IOException {
        SearchRequest anyStory = SearchRequest.of("");
        assertThat(ids(anyStory.withDates(Optional.of(MONDAY), Optional.empty())))
                .containsExactlyInAnyOrder("renewal", "market2", "ph2");
        assertThat(ids(anyStory.withDates(Optional.empty(), Optional.of(MONDAY.minusDays(1)))))
                .containsExactlyInAnyOrder("bridge", "market");
        assertThat(ids(anyStory.withPage(OptionalInt.of(3)))).containsExactlyInAnyOrder("market", "market2");
        assertThat(ids(SearchRequest.of("菜价").withAuthor(Optional.of("王丽")))).containsExactly("market2");
        assertThat(ids(SearchRequest.of("").withAuthor(Optional.of("林晓燕"))
                .withStatus(Optional.of(ArticleStatus.DRAFT)))).containsExactly("renewal");
    }

    @Test
    void resultsSayWhereTheStoryIsAndMarkTheMatchedWords() throws IOException {
        SearchHit hit = index.search(SearchRequest.of("长江 通车")).get(0);
        assertThat(hit.id()).isEqualTo("bridge");
        assertThat(hit.kind()).isEqualTo("story");
        assertThat(hit.editionId()).isEqualTo("e1");
        assertThat(hit.page()).isEqualTo(1);
        assertThat(hit.headline()).isEqualTo("跨江通道再添新线");
        assertThat(hit.status()).isEqualTo("SIGNED_OFF");
        assertThat(hit.snippet()).filteredOn(SearchHit.Span::matched).extracting(SearchHit.Span::text)
                .containsExactly("长江", "通车");
        assertThat(hit.snippetMarked("【", "】")).contains("江澜市【长江】大桥").contains("年底前【通车】");
    }

    @Test
    void anEditionPutAgainReplacesWhatWasIndexedOfIt() throws IOException {
        index.put(edition("e1", MONDAY.minusDays(7), 101, List.of(
                story("bridge", "e1", "跨江通道再添新线", "本报记者 林晓燕", ArticleStatus.SIGNED_OFF, "引桥已通车。")),
                List.of(), true), "f1b");
        index.remove("e2");
        index.commit();
        assertThat(ids(SearchRequest.of("长江"))).isEmpty();
        assertThat(ids(SearchRequest.of("通车"))).containsExactly("bridge");
        assertThat(ids(SearchRequest.of("城市更新"))).isEmpty();
        assertThat(index.fingerprints()).containsExactly(java.util.Map.entry("e1", "f1b"));
    }

    @Test
    void aDamagedIndexFolderIsDeletedAndStartedAfresh(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("search-index");
        try (ArchiveIndex onDisk = ArchiveIndex.inFolder(folder)) {
            onDisk.put(edition("e1", MONDAY, 1, List.of(story("s", "e1", "标题", "", ArticleStatus.DRAFT, "正文内容")),
                    List.of(), false), "f");
            onDisk.commit();
        }
        try (ArchiveIndex reopened = ArchiveIndex.inFolder(folder)) {
            assertThat(reopened.fingerprints()).containsKey("e1");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5});
            }
        }
        try (ArchiveIndex rebuilt = ArchiveIndex.inFolder(folder)) {
            assertThat(rebuilt.fingerprints()).isEmpty();
            assertThat(rebuilt.documentCount()).isZero();
        }
    }

    private List<String> ids(SearchRequest request) throws IOException {
        return index.search(request).stream().map(SearchHit::id).toList();
    }
}
