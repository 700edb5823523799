package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.search.ArchiveSamples.edition;
import static org.copydesk.search.ArchiveSamples.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.ArticleStatus;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk search}: text with the matches marked, JSON, filters and bad options. */
class SearchCommandTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        database.repository().insertEdition(edition("e1", LocalDate.of(2026, 11, 2), 410, List.of(
                story("a", "e1", "社区食堂开进老小区", "本报记者 何雨桐", ArticleStatus.SIGNED_OFF,
                        "家住东门街道的张阿姨如今不用再为午饭发愁，社区食堂每天供应两荤两素，老人就餐还能打折。")),
                List.of(), false));
        database.repository().insertEdition(edition("e2", LocalDate.of(2026, 11, 9), 411, List.of(
                story("b", "e2", "东门街道试点助餐服务", "本报记者 唐磊", ArticleStatus.EDITING,
                        "东门街道将社区食堂的经验推广到另外三个社区，并为行动不便的老人送餐上门。")),
                List.of(), false));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void jsonListsTheResultsNewestFirstWithTheMatchesMarked() throws Exception {
        CommandRunner.Result result = CommandRunner.run(database.repository(), "search", "社区食堂", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode hits = new ObjectMapper().readTree(result.out());
        assertThat(hits).hasSize(2);
        JsonNode first = hits.get(0);
        assertThat(first.get("id").asText()).isIn("a", "b");
        assertThat(first.get("editionId").asText()).isIn("e1", "e2");
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("snippet").asText()).contains("【社区食堂】");
        assertThat(first.get("matched").get(0).asText()).isEqualTo("社区食堂");
        assertThat(first.get("editionDate").asText()).matches("2026-11-0[29]");
    }

    @Test
    void textMarksTheMatchAndFiltersNarrow() {
        CommandRunner.Result result = CommandRunner.run(database.repository(), "search", "老人", "--author", "唐磊");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("东门街道试点助餐服务").contains("【老人】").doesNotContain("社区食堂开进老小区");

        CommandRunner.Result dated = CommandRunner.run(database.repository(), "search", "社区食堂", "--to", "2026-11-05",
                "--json");
        assertThat(dated.out()).contains("\"a\"").doesNotContain("\"b\"");
        CommandRunner.Result byStatus = CommandRunner.run(database.repository(), "search", "--status", "signed-off",
                "--json");
        assertThat(byStatus.out()).contains("\"a\"").doesNotContain("\"b\"");
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        CommandRunner.Result date = CommandRunner.run(database.repository(), "search", "食堂", "--from", "11/2");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--from").contains("11/2");
        assertThat(CommandRunner.run(database.repository(), "search", "食堂", "--status", "late").exitCode()).isEqualTo(2);
        assertThat(CommandRunner.run(database.repository(), "search").exitCode()).isEqualTo(2);
    }

    @Test
    void textSaysHowManyMatchedWhenNotAllAreShown() {
        CommandRunner.Result cut = CommandRunner.run(database.repository(), "search", "东门街道", "--limit", "1");
        assertThat(cut.exitCode()).as(cut.err()).isZero();
        assertThat(cut.out()).contains("2 found, the best 1 shown");
        CommandRunner.Result all = CommandRunner.run(database.repository(), "search", "东门街道");
        assertThat(all.out()).doesNotContain("shown");
    }
}
