package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.StoryPlacement;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
    private static final Instant T = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database.repository(), args);
    }

    private void insertEdition(String id, LocalDate date, int issue) {
        Article story = new Article(id + "-a", id, "", "江澜大桥今日合龙😀", "", "本报记者 王晓明",
                List.of(new Block.Lead("本报讯", "大桥合龙。"), new Block.Paragraph("𠀋字 ok")), ArticleStatus.EDITING,
                800, 1, T, T);
        Article loose = new Article(id + "-b", id, "", "未排稿件", "", "", List.of(new Block.Paragraph("短讯")),
                ArticleStatus.DRAFT, 0, 1, T, T);
        Page page = new Page(id + "-p1", id, 1, "要闻", PageSpec.broadsheet(),
                List.of(StoryPlacement.of(story.id(), new GridRect(0, 12, 4, 50), 0)));
        database.repository().insertEdition(new EditionContent(new Edition(id, "江澜周报", date, issue),
                List.of(page), List.of(story, loose), List.of()));
    }

    @Test
    void listsEditionsNewestFirstWithCounts() {
        insertEdition("old", LocalDate.of(2026, 11, 20), 1233);
        insertEdition("new", LocalDate.of(2026, 11, 27), 1234);

        CommandRunner.Result run = run("list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "DATE         ISSUE  PAGES  STORIES  PHOTOS  NAME  (ID)",
                "2026-11-27    1234      1        2       0  江澜周报  (new)",
                "2026-11-20    1233      1        2       0  江澜周报  (old)");
    }

    @Test
    void anEmptyDatabaseSaysSo() {
        CommandRunner.Result run = run("list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("no editions in test database");
    }

    @Test
    void showsAnEditionsPagesWithStoriesAndCharacterCounts() {
        insertEdition("e1", LocalDate.of(2026, 11, 27), 1234);

        CommandRunner.Result run = run("list", "--edition", "latest");

        assertThat(run.exitCode()).isZero();
        // 本报讯 + 大桥合龙。 = 8, 𠀋字 ok = 3 (a Latin word counts one; spaces are not counted)
        assertThat(run.out().lines().toList()).containsExactly(
                "江澜周报  2026-11-27  issue 1234  (e1)",
                "page 1  要闻  [broadsheet]",
                "  story  江澜大桥今日合龙😀  EDITING  11 字 of 800",
                "not placed",
                "  story  未排稿件  DRAFT  2 字");
    }

    @Test
    void printsJson() throws Exception {
        insertEdition("e1", LocalDate.of(2026, 11, 27), 1234);

        JsonNode editions = new ObjectMapper().readTree(run("list", "--json").out());
        JsonNode detail = new ObjectMapper().readTree(run("list", "--edition", "e1", "--json").out());

        assertThat(editions.get(0).get("publicationDate").asText()).isEqualTo("2026-11-27");
        assertThat(editions.get(0).get("articles").asInt()).isEqualTo(2);
        JsonNode story = detail.get("pages").get(0).get("stories").get(0);
        assertThat(story.get("headline").asText()).isEqualTo("江澜大桥今日合龙😀");
        assertThat(story.get("characters").asInt()).isEqualTo(11);
        assertThat(detail.get("storiesNotPlaced").get(0).get("id").asText()).isEqualTo("e1-b");
    }

    @Test
    void anUnknownEditionFailsWithExitOne() {
        CommandRunner.Result run = run("list", "--edition", "nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no edition with id nope");
    }

    @Test
    void listsTheNewestEditionsUpToTheLimitAndSaysHowManyMoreThereAre() {
        insertEdition("d1", LocalDate.of(2026, 11, 25), 1231);
        insertEdition("d2", LocalDate.of(2026, 11, 26), 1232);
        insertEdition("d3", LocalDate.of(2026, 11, 27), 1233);

        CommandRunner.Result limited = run("list", "--limit", "2");
        CommandRunner.Result all = run("list", "--all");
        CommandRunner.Result json = run("list", "--limit", "1", "--json");

        assertThat(limited.exitCode()).isZero();
        assertThat(limited.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf('('))).toList())
                .containsExactly("(d3)", "(d2)");
        assertThat(limited.err()).contains("showing the newest 2 of 3 editions");
        assertThat(all.out().lines().skip(1).toList()).hasSize(3);
        assertThat(all.err()).doesNotContain("showing");
        assertThat(json.out()).contains("\"id\" : \"d3\"").doesNotContain("d2");
        assertThat(json.err()).contains("newest 1 of 3");
    }

    @Test
    void theDefaultListStopsAtFiftyEditions() {
        for (int day = 0; day < 52; day++) {
            insertEdition("n" + day, LocalDate.of(2026, 1, 1).plusDays(day), 1000 + day);
        }

        CommandRunner.Result run = run("list");

        assertThat(run.out().lines().skip(1).toList()).hasSize(ListCommand.DEFAULT_LIMIT)
                .first().asString().endsWith("(n51)");
        assertThat(run.err()).contains("showing the newest 50 of 52 editions");
    }

    @Test
    void aLimitBelowOneIsRefused() {
        CommandRunner.Result run = run("list", "--limit", "0");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--limit must be 1 or more");
    }
}
