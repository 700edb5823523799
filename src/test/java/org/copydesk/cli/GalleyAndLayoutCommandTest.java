package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.SampleEditions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GalleyAndLayoutCommandTest {
    @TempDir
    Path dir;

    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database().repository(), NewspaperComposer.withBundledFonts(), args);
    }

    private Database database() {
        if (database == null) {
            database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        }
        return database;
    }

    @Test
    void galleyPrintsTheLinesAsSetAndTheirWidthsAsJson() throws Exception {
        Path file = dir.resolve("story.txt");
        Files.writeString(file, "本报讯 近日，“2026中国（江澜）数字经济博览会”在江澜国际会展中心开幕。\n\n"
                + "博览会上，5G、人工智能、APP开发等领域的新产品集中亮相——其中不少是首次发布。\n", StandardCharsets.UTF_8);

        CommandRunner.Result text = run("galley", file.toString(), "--chars", "10");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("行").contains("字");

        CommandRunner.Result json = run("galley", file.toString(), "--chars", "10", "--size", "9", "--rules", "strict", "--json");
        assertThat(json.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("measurePt").asDouble()).isEqualTo(90.0);
        StringBuilder all = new StringBuilder();
        for (JsonNode line : root.get("lines")) {
            all.append(line.get("text").asText());
            if (line.get("justified").asBoolean()) {
                assertThat(line.get("width").asDouble()).isEqualTo(90.0);
            }
            assertThat(line.get("text").asText()).doesNotStartWith("，").doesNotStartWith("。");
        }
        assertThat(all.toString()).startsWith("本报讯 近日，“2026").contains("博览会上，5G、");
        assertThat(root.get("copyfit").get("lines").asInt()).isEqualTo(root.get("lines").size());
        assertThat(root.get("copyfit").get("characters").asInt()).isLessThan(root.get("copyfit").get("codePoints").asInt());
    }

    @Test
    void galleyRefusesAMissingFileBadTextAndUnknownRules() throws Exception {
        CommandRunner.Result missing = run("galley", dir.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt").contains("no such file");

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {(byte) 0xC4, (byte) 0xE3, 0x0A, (byte) 0xFF});
        CommandRunner.Result bad = run("galley", latin1.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("latin1.txt").contains("not valid UTF-8");

        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "中文", StandardCharsets.UTF_8);
        assertThat(run("galley", ok.toString(), "--rules", "lax").exitCode()).isEqualTo(2);
    }

    @Test
    void layoutPrintsTheComposedPageWithJumpLinesAndCopyfits() throws Exception {
        database().repository().insertEdition(SampleEditions.fullBroadsheet());

        CommandRunner.Result json = run("layout", "--edition", SampleEditions.EDITION, "--page", "1", "--json");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(1); // the sample page is overset: findings
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("page").asInt()).isEqualTo(1);
        assertThat(root.get("frames")).hasSize(8);
        JsonNode first = root.get("frames").get(0);
        assertThat(first.get("story").asText()).isEqualTo("s1");
        assertThat(first.get("rect").get("width").asDouble()).isEqualTo(621.0);
        JsonNode line = first.get("lines").get(0);
        assertThat(line.has("text") && line.has("x") && line.has("y") && line.has("width")).isTrue();
        assertThat(root.get("jumpLines").get(0).get("text").asText()).isEqualTo("（下转第2版）");
        assertThat(root.get("copyfits")).hasSize(6);
        assertThat(root.get("copyfits").get(0).get("summary").asText()).startsWith("超 ");

        CommandRunner.Result missingPage = run("layout", "--edition", SampleEditions.EDITION, "--page", "7");
        assertThat(missingPage.exitCode()).isEqualTo(1);
        assertThat(missingPage.err()).contains("no page 7");
    }
}
