package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.i18n.InLanguage;
import org.copydesk.model.PaperSettings;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk paper} and {@code copydesk style} on a real database, in both languages. */
class PaperAndStyleCommandTest {
    private static final String REGISTRATION = "国内统一连续出版物号 CN 12-3456　邮发代号 7-890";

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

    @Test
    void paperSetChangesWhatItNamesAndPaperShowPrintsIt() throws Exception {
        CommandRunner.Result set = english("paper", "set", "--name", "城南晨报", "--masthead", "城南晨报",
                "--registration", REGISTRATION, "--spec", "tabloid");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).startsWith("saved the paper's settings in test database:")
                .contains("masthead text:      城南晨报")
                .endsWith("the window uses them when Copydesk next starts\n");
        CommandRunner.Result masthead = english("paper", "set", "--masthead", "");
        assertThat(masthead.exitCode()).as(masthead.err()).isZero();

        CommandRunner.Result show = english("paper", "show");
        assertThat(show.out()).isEqualTo("""
                name:               城南晨报
                masthead text:      (each edition's own name)
                registration line:  %s
                default page spec:  tabloid
                left ear:           (none)
                right ear:          (none)
                """.formatted(REGISTRATION));
        CommandRunner.Result ear = english("paper", "set", "--left-ear-title", "今日天气", "--left-ear", "晴　12～20℃");
        assertThat(ear.exitCode()).as(ear.err()).isZero();
        assertThat(ear.out()).contains("left ear:           今日天气　晴　12～20℃").contains("right ear:          (none)")
                .contains("masthead text:      (each edition's own name)");
        var json = new ObjectMapper().readTree(english("paper", "show", "--json").out());
        assertThat(json.get("name").asText()).isEqualTo("城南晨报");
        assertThat(json.get("registrationLine").asText()).isEqualTo(REGISTRATION);
        assertThat(json.get("defaultSpec").asText()).isEqualTo("tabloid");
        assertThat(database.repository().paperSettings())
                .isEqualTo(new PaperSettings("城南晨报", "", REGISTRATION, "tabloid")
                        .withEars(new PaperSettings.Ear("今日天气", "晴　12～20℃"), PaperSettings.Ear.NONE));
    }

    @Test
    void aNewDatabaseShowsTheDefaultsAndSaysTheRegistrationNumbersArePlaceholders() {
        CommandRunner.Result show = english("paper", "show");

        assertThat(show.out()).contains("name:               江澜周报")
                .contains("registration line:  (none yet: ");
        assertThat(InLanguage.get("zh_CN", () -> CommandRunner.run(database.repository(), "paper", "show")).out())
                .contains("报名：        江澜周报").contains("（尚未设置：").contains("默认版面规格：broadsheet");
    }

    @Test
    void aRefusedValueChangesNothingAndSaysWhy() {
        english("paper", "set", "--name", "城南晨报");

        CommandRunner.Result refused = english("paper", "set", "--name", "江北日报", "--spec", "a4");
        CommandRunner.Result chinese = InLanguage.get("zh_CN", () -> CommandRunner.run(database.repository(),
                "paper", "set", "--masthead", "一二三四五六七八九十一二三四五六七"));
        CommandRunner.Result nothing = english("paper", "set");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("copydesk paper set: there is no page spec a4; the choices are broadsheet, tabloid\n");
        assertThat(chinese.err()).isEqualTo("copydesk paper set: 报头文字有 17 个字，最多只能 16 个字\n");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("say what to change: --name, --masthead, --registration, --spec, --left-ear-title");
        assertThat(database.repository().paperSettings()).isEqualTo(PaperSettings.defaults().withName("城南晨报"));
    }

    @Test
    void styleSetStoresAFileStyleShowPrintsItAndResetGoesBackToTheBuiltInStyle() throws Exception {
        String builtIn = english("style", "show").out();
        Path file = Files.writeString(dir.resolve("style.json"), "{\"styles\": {\"BODY\": {\"indentEms\": 0}}}");

        CommandRunner.Result set = english("style", "set", file.toString());

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("saved the house style from " + file + " in test database\n"
                + "commands set type in it from now on; the window does when Copydesk next starts\n");
        var shown = new ObjectMapper().readTree(english("style", "show").out());
        assertThat(shown.at("/styles/BODY/indentEms").asDouble()).isZero();
        assertThat(shown.at("/styles/BODY/face").asText()).isEqualTo("SERIF");
        assertThat(new ObjectMapper().readTree(builtIn).at("/styles/BODY/indentEms").asDouble()).isEqualTo(2);

        CommandRunner.Result reset = english("style", "reset");
        assertThat(reset.out()).startsWith("the house style stored in test database was removed");
        assertThat(english("style", "show").out()).isEqualTo(builtIn);
        assertThat(database.repository().houseStyleText()).isEmpty();
    }

    @Test
    void aBadStyleFileIsRefusedNamingTheFileAndTheFieldAndNothingChanges() throws Exception {
        english("style", "set", Files.writeString(dir.resolve("good.json"), "{\"datelineFace\": \"SANS\"}").toString());
        String stored = database.repository().houseStyleText().orElseThrow();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"styles\": {\"CAPTION\": {\"pitch\": 5}}}");

        CommandRunner.Result refused = english("style", "set", bad.toString());
        CommandRunner.Result chinese = InLanguage.get("zh_CN", () -> CommandRunner.run(database.repository(),
                "style", "set", bad.toString()));

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("copydesk style set: the house style in " + bad
                + " was not stored: styles.CAPTION.pitch is 5; it must be from 1 to 3\n");
        assertThat(chinese.err()).isEqualTo("copydesk style set: " + bad
                + " 中的版式规范未保存：styles.CAPTION.pitch 为 5；须在 1 到 3 之间\n");
        assertThat(database.repository().houseStyleText()).contains(stored);
    }

    private CommandRunner.Result english(String... args) {
        return InLanguage.get("en", () -> CommandRunner.run(database.repository(), args));
    }
}
