package org.copydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.cli.ConsoleRun;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PaperSettings;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composer the application builds sets type as the database's paper says: each CLI run (a new
 * {@link AppCliServices}, as each {@code java -jar copydesk.jar} is) reads the stored house style
 * and masthead, and so does the window's desk when it is built.
 */
class StoredPaperCompositionTest {
    private static final String REGISTRATION = "国内统一连续出版物号 CN 12-3456　邮发代号 7-890";

    @TempDir
    Path dir;

    @Test
    void styleSetChangesTheNextLayoutAndStyleResetBringsTheOldOneBack() throws Exception {
        assertThat(run("sample").code()).isZero();
        JsonNode before = layout();
        Path noIndent = Files.writeString(dir.resolve("style.json"), "{\"styles\": {\"BODY\": {\"indentEms\": 0}}}");

        ConsoleRun set = run("style", "set", noIndent.toString());
        JsonNode after = layout();

        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("the window does when Copydesk next starts");
        assertThat(lines(after, "HEADLINE")).as("headlines keep their style").isEqualTo(lines(before, "HEADLINE"));
        assertThat(lines(after, "BODY")).as("body paragraphs no longer start two characters in: they break elsewhere")
                .isNotEqualTo(lines(before, "BODY"));
        assertThat(run("style", "reset").code()).isZero();
        assertThat(layout()).isEqualTo(before);
    }

    @Test
    void theCliAndTheWindowComposePageOnesMastheadFromTheStoredSettings() {
        assertThat(run("sample").code()).isZero();
        assertThat(run("paper", "set", "--masthead", "江澜晨报", "--registration", REGISTRATION).code()).isZero();

        AppCliServices cli = new AppCliServices(Map.of());
        try (var opened = cli.openRepository(Optional.of(dir.toString()))) {
            EditionContent content = cli.desk().editions().load(opened.repository(), "latest");
            assertThat(masthead(cli.composer().compose(content, 1))).startsWith("江澜晨报", REGISTRATION)
                    .anyMatch(line -> line.startsWith("2026年11月27日　星期五"));
        }
        try (Database database = Database.open(location())) {
            var desk = Wiring.desk(database.repository());
            EditionContent content = desk.editions().load(database.repository(), "latest");
            assertThat(masthead(desk.composer().compose(content, 1))).startsWith("江澜晨报", REGISTRATION);
        }
    }

    @Test
    void aDatabaseWhoseSettingsWereNeverChangedComposesWithTheSamplesMasthead() {
        assertThat(run("sample").code()).isZero();
        try (Database database = Database.open(location())) {
            var desk = Wiring.desk(database.repository());
            EditionContent content = desk.editions().load(database.repository(), "latest");
            assertThat(masthead(desk.composer().compose(content, 1)))
                    // The sample's own settings: a visibly unreal registration line, never a real paper's.
                    .startsWith(content.edition().name(), "国内统一连续出版物号 CN 00-0000　邮发代号 00-000")
                    .noneMatch(line -> line.contains(REGISTRATION));
        }
    }

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    private static List<String> masthead(PageLayout layout) {
        return layout.extras().stream().map(LayoutLine::text).toList();
    }

    private JsonNode layout() throws Exception {
        ConsoleRun layout = run("layout", "--page", "1", "--json");
        assertThat(layout.code()).as(layout.err()).isZero();
        return new ObjectMapper().readTree(layout.out());
    }

    private static List<String> lines(JsonNode layout, String role) {
        List<String> texts = new ArrayList<>();
        for (JsonNode frame : layout.get("frames")) {
            for (JsonNode line : frame.get("lines")) {
                if (line.get("role").asText().equals(role)) {
                    texts.add(line.get("text").asText());
                }
            }
        }
        return texts;
    }

    private ConsoleRun run(String... args) {
        return AppRun.in(dir, args);
    }
}
