package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.search.ArchiveSamples.edition;
import static org.copydesk.search.ArchiveSamples.photo;
import static org.copydesk.search.ArchiveSamples.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.search.SearchHit;
import org.copydesk.search.SearchRequest;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive search over a real embedded database: the index beside it follows every change. */
class ArchiveSearchTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private Database database;
    private EditionRepository repo;
    private final ArchiveSearch search = new ArchiveSearch();

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of()));
        repo = database.repository();
        repo.insertEdition(edition("e1", DAY, 300, List.of(
                story("s1", "e1", "港口货运量创新高", "本报记者 郑国强", ArticleStatus.EDITING,
                        "今年前十个月，江澜港完成集装箱吞吐量同比增长百分之八，外贸航线增至四十二条。")),
                List.of(photo("p1", "e1", "夜色中的集装箱码头灯火通明。", "孙悦")), true));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theIndexIsBuiltBesideTheDatabaseAndFollowsASavedStory() {
        assertThat(ids("吞吐量")).containsExactly("s1");
        assertThat(ids("码头")).containsExactly("s1");
        assertThat(dir.resolve("search-index")).isDirectory();

        Article s1 = repo.article("s1").orElseThrow();
        repo.saveArticle(s1.withHeadlines("", "港口冷链物流中心开工", ""));
        assertThat(ids("冷链")).containsExactly("s1");
        assertThat(ids("货运量")).isEmpty();
    }

    @Test
    void newDeletedAndRecaptionedEditionsAreSeen() {
        assertThat(ids("航线")).containsExactly("s1");
        repo.insertEdition(edition("e2", DAY.plusDays(1), 301, List.of(
                story("s2", "e2", "新航线首航", "本报记者 郑国强", ArticleStatus.DRAFT, "首趟班轮今晨靠泊江澜港。")),
                List.of(), false));
        assertThat(ids("航线")).containsExactly("s2", "s1");
        repo.saveCaption("p1", new Caption("桥吊正在装卸来自东南亚的货柜。", "孙悦", "", CaptionKind.NEWS));
        assertThat(ids("桥吊")).containsExactly("s1");
        repo.deleteEdition("e1");
        assertThat(ids("航线")).containsExactly("s2");
    }

    @Test
    void aDamagedIndexIsDeletedAndBuiltAgainFromTheDatabase() throws IOException {
        Path folder = dir.resolve("search-index");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("segments_1"), "这不是索引");
        Files.writeString(folder.resolve("_0.cfs"), "garbage");
        assertThat(ids("吞吐量")).containsExactly("s1");
        try (Stream<Path> files = Files.list(folder)) {
            // Every file is Lucene's own again: what was written over them is gone.
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(f)).isNotEqualTo("garbage".getBytes())
                        .isNotEqualTo("这不是索引".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private List<String> ids(String query) {
        return search.search(repo, SearchRequest.of(query)).stream().map(SearchHit::id).toList();
    }
}
