package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --fix-punctuation}, the 简繁 warning on import, and {@code story convert}. */
class CopyInCommandTest {
    private static final String EXPRESS = """
            ---
            headline: 快递业务量创新高
            byline: 本报记者 周敏
            ---
            本报讯 今年一季度,全市快递业务量3497件, 同比增长12%.其中,跨境包裹占比约3.5%.

            详情见www.jianglan.cn.记者 周敏
            """;
    private static final String BIG5_STORY = """
            ---
            headline: 國慶假期公交客運量創新高
            byline: 本報記者 陳曉東
            ---
            記者從市交通運輸局獲悉，今年國慶假期，全市公共交通客運量達到歷史新高。

            地鐵單日客運量首次突破三百萬人次，這與新線開通和夜間加開班次有關。
            """;
    private static final String HAIR = """
            ---
            headline: 范先生的理发店
            ---
            范先生在后街开了一家理发店，头发剪得好，台风天也不关门。
            """;

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database.repository(), args);
    }

    private String edition() {
        return run("edition", "new", "--date", "2026-12-04", "--name", "江澜周报").out().strip();
    }

    private Article article(String id) {
        return database.repository().article(id).orElseThrow();
    }

    @Test
    void fixPunctuationMakesTheMarksInChineseFullWidthAndLeavesNumbersAndAddresses() throws Exception {
        String edition = edition();
        Path file = Files.writeString(dir.resolve("express.md"), EXPRESS);

        CommandRunner.Result imported = run("import", "--edition", edition, "--fix-punctuation", file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains(file + ": 6 ASCII punctuation mark(s)");
        Article story = article(imported.out().split(" ")[0]);
        assertThat(story.plainText()).contains("今年一季度，全市快递业务量3497件，同比增长12%。其中，跨境包裹占比约3.5%。")
                .contains("详情见www.jianglan.cn。");
    }

    @Test
    void withoutTheOptionTheTextIsImportedAsWritten() throws Exception {
        String edition = edition();
        Path file = Files.writeString(dir.resolve("express.md"), EXPRESS);

        CommandRunner.Result imported = run("import", "--edition", edition, file.toString());

        assertThat(imported.err()).isEmpty();
        assertThat(article(imported.out().split(" ")[0]).plainText()).contains("3497件, 同比增长12%.");
    }

    @Test
    void aTraditionalStoryInTheSimplifiedPaperIsImportedWithAWarningAndConvertsBack() throws Exception {
        String edition = edition();
        Path file = Files.writeString(dir.resolve("big5.txt"), BIG5_STORY);

        CommandRunner.Result imported = run("import", "--edition", edition, file.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.err()).startsWith("note: " + file + " is mostly in Traditional characters")
                .contains("copydesk story convert --to simplified");
        String id = imported.out().split(" ")[0];

        CommandRunner.Result converted = run("story", "convert", "--story", id, "--to", "simplified");

        assertThat(converted.exitCode()).as(converted.err()).isZero();
        assertThat(article(id).headline()).isEqualTo("国庆假期公交客运量创新高");
        assertThat(article(id).plainText()).startsWith("记者从市交通运输局获悉");
        assertThat(database.repository().revisions(id)).hasSize(2);
    }

    @Test
    void convertListsEveryAmbiguousCharacterAsJsonAndDryRunSavesNothing() throws Exception {
        String edition = edition();
        String id = run("import", "--edition", edition, Files.writeString(dir.resolve("hair.md"), HAIR).toString())
                .out().split(" ")[0];

        CommandRunner.Result dry = run("story", "convert", "--story", id, "--to", "traditional", "--dry-run", "--json");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(dry.out());
        assertThat(json.get("saved").asBoolean()).isFalse();
        assertThat(json.get("to").asText()).isEqualTo("traditional");
        JsonNode first = json.get("decisions").get(0);
        assertThat(first.get("place").asText()).isEqualTo("headline");
        assertThat(first.get("original").asText()).isEqualTo("范");
        assertThat(first.get("chosen").asText()).isEqualTo("范");
        assertThat(first.get("houseWord").asText()).isEqualTo("范先生");
        assertThat(json.get("decisions").findValuesAsText("chosen")).contains("髮", "颱", "後");
        assertThat(article(id).headline()).isEqualTo("范先生的理发店");

        CommandRunner.Result text = run("story", "convert", "--story", id, "--to", "繁体");

        assertThat(text.out()).startsWith("converted 范先生的理髮店 (" + id + ") to Traditional;")
                .contains("paragraph 1, character 16: 发 -> 髮 (not 發) by the house word 头发");
        assertThat(article(id).headline()).isEqualTo("范先生的理髮店");
        assertThat(run("story", "convert", "--story", id, "--to", "traditional").exitCode()).as("nothing left").isEqualTo(1);
    }
}
