package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.search.ArchiveSamples.edition;
import static org.copydesk.search.ArchiveSamples.story;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order of results, how many are said to be found, and words of one character (decision 0034). */
class ArchiveIndexRankingTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 5);
    private ArchiveIndex index;

    @BeforeEach
    void open() {
        index = ArchiveIndex.inMemory();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void equalMatchesComeNewestFirstAlsoWhereTheListIsCut() throws IOException {
        // The same wire story in six editions, indexed out of date order: the four newest are shown,
        // newest first, whatever order they were indexed in.
        for (int day : new int[] {3, 0, 5, 1, 4, 2}) {
            String id = "e" + day;
            index.put(edition(id, FIRST.plusDays(day), 100 + day, List.of(story("wire" + day, id, "全市菜价总体平稳",
                    "新华社", ArticleStatus.SIGNED_OFF, "本周蔬菜批发均价环比下降百分之三。")), List.of(), false), "f" + day);
        }
        index.commit();
        SearchResults results = index.find(SearchRequest.of("菜价").withLimit(4));
        assertThat(results.hits()).extracting(SearchHit::id).containsExactly("wire5", "wire4", "wire3", "wire2");
        assertThat(results.found()).isEqualTo(6);
        assertThat(results.moreFound()).isFalse();
    }

    @Test
    void aWordInTheHeadlineOrStandingOftenRanksAboveOneMention() throws IOException {
        index.put(edition("e1", FIRST, 1, List.of(
                story("once", "e1", "早市见闻", "", ArticleStatus.SIGNED_OFF,
                        "清晨的早市人来人往，摊主们忙着摆货，一位老人说起了这些年的菜价，又聊到孙子的学业和邻里的家常，"
                                + "说得兴起，连手里的菜篮子都忘了放下。"),
                story("headline", "e1", "菜价回落", "", ArticleStatus.SIGNED_OFF,
                        "清晨的早市人来人往，摊主们忙着摆货，一位老人说起了这些年的菜价，又聊到孙子的学业和邻里的家常，"
                                + "说得兴起，连手里的菜篮子都忘了放下。"),
                story("often", "e1", "早市见闻", "", ArticleStatus.SIGNED_OFF,
                        "菜价涨了，菜价跌了，菜价稳了：清晨的早市人来人往，摊主们忙着摆货，一位老人说起了这些年的菜价，"
                                + "说得兴起，连手里的菜篮子都忘了放下。")),
                List.of(), false), "f1");
        index.commit();
        List<String> ids = index.search(SearchRequest.of("菜价")).stream().map(SearchHit::id).toList();
        assertThat(ids).hasSize(3).endsWith("once");
        assertThat(ids.get(0)).isEqualTo("headline");
    }

    @Test
    void matchesAreCountedExactlyUpToAThousandAndThenSaidToBeMore() throws IOException {
        List<Article> stories = new ArrayList<>();
        for (int i = 0; i < SearchResults.COUNTED_EXACTLY + 50; i++) {
            String text = i % 350 == 0 ? "社区服务中心新增一处老年食堂。" : "社区服务中心周末开放。";
            stories.add(story("s" + i, "big", "社区简讯", "", ArticleStatus.SIGNED_OFF, text));
        }
        index.put(edition("big", FIRST, 1, stories, List.of(), false), "f");
        index.commit();

        SearchResults many = index.find(SearchRequest.of("社区服务"));
        assertThat(many.hits()).hasSize(SearchRequest.DEFAULT_LIMIT);
        assertThat(many.found()).isEqualTo(SearchResults.COUNTED_EXACTLY);
        assertThat(many.moreFound()).isTrue();

        SearchResults few = index.find(SearchRequest.of("老年食堂").withLimit(2));
        assertThat(few.hits()).extracting(SearchHit::id).hasSize(2).isSubsetOf("s0", "s350", "s700", "s1050");
        assertThat(few.found()).isEqualTo(3);
        assertThat(few.moreFound()).isFalse();
        assertThat(index.find(SearchRequest.of("菜价")).found()).isZero();
    }

    @Test
    void aOneCharacterWordIsFoundWhereTheDictionaryCutItAsAWord() throws IOException {
        // ICU cuts 江澜市长江大桥的引桥 as 江 澜 市 长江 大 桥 的 引 桥: 桥 is a word of its own there, and the
        // pair field, which holds no single characters inside Han text, cannot find it.
        index.put(edition("e1", FIRST, 1, List.of(story("bridge", "e1", "通车在即", "", ArticleStatus.SIGNED_OFF,
                "江澜市长江大桥的引桥工程已进入收尾阶段。"),
                story("market", "e1", "菜价平稳", "", ArticleStatus.SIGNED_OFF, "蔬菜供应充足。")), List.of(), false), "f");
        index.commit();
        assertThat(index.search(SearchRequest.of("桥"))).extracting(SearchHit::id).containsExactly("bridge");
        assertThat(index.search(SearchRequest.of("大桥"))).extracting(SearchHit::id).containsExactly("bridge");
    }

    @Test
    void onlyAHanCharacterStandingAloneNeedsTheWordField() {
        assertThat(ArchiveQueries.hasLoneHanCharacter("桥")).isTrue();
        assertThat(ArchiveQueries.hasLoneHanCharacter("A股")).isTrue();
        assertThat(ArchiveQueries.hasLoneHanCharacter("第3季")).isTrue();
        assertThat(ArchiveQueries.hasLoneHanCharacter("经济")).isFalse();
        assertThat(ArchiveQueries.hasLoneHanCharacter("5G网络")).isFalse();
        assertThat(ArchiveQueries.hasLoneHanCharacter("GDP")).isFalse();
        assertThat(ArchiveQueries.hasLoneHanCharacter("𠀋𠀌")).isFalse();
    }
}
