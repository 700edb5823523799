package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pasting text with NUL and bidi overrides into the editor keeps the rest and says what was dropped. */
@ExtendWith(ApplicationExtension.class)
class PasteCleaningTest {
    private static final String DIRTY = "新\u0000桥\u202E通车";

    @TempDir
    Path dataDir;
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    private static void copy(String text) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }

    @Test
    void pasteIntoTheHeadlineDropsForbiddenCharactersTellsTheUserAndSavesTheRest(FxRobot robot) {
        var headline = robot.lookup("#headline").queryAs(TextField.class);
        robot.clickOn(headline);
        robot.interact(() -> {
            copy(DIRTY);
            headline.selectAll();
            test.window.paste(); // the Edit menu's route; Shortcut+V calls the same paste()
        });

        assertThat(headline.getText()).isEqualTo("新桥通车");
        assertThat(robot.lookup("#status-activity").queryAs(Label.class).getText())
                .contains("2").contains("U+0000, U+202E");
        robot.interact(() -> test.scheduler.advance(Duration.ofSeconds(2)));
        assertThat(test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().headline()).isEqualTo("新桥通车");
    }

    @Test
    void pasteIntoTheBodyAndTheCaptionDropsThemToo(FxRobot robot) {
        var body = test.window.articlePane().bodyArea();
        var caption = robot.lookup("#caption-text").queryAs(TextArea.class);
        robot.interact(() -> {
            copy(DIRTY + "\n第二段\u0007。");
            body.moveTo(0);
            body.paste();
            caption.paste();
        });

        assertThat(body.getText()).startsWith("新桥通车\n第二段。");
        assertThat(caption.getText()).contains("新桥通车\n第二段。");
        assertThat(robot.lookup("#status-activity").queryAs(Label.class).getText()).contains("U+0000, U+0007, U+202E");
    }

    @Test
    void cleanTextIsPastedAsItIs(FxRobot robot) {
        var body = test.window.articlePane().bodyArea();
        robot.interact(() -> {
            copy("干净的文字");
            body.moveTo(0);
            body.paste();
        });

        assertThat(body.getText()).startsWith("干净的文字");
        assertThat(robot.lookup("#status-activity").queryAs(Label.class).getText()).doesNotContain("U+");
    }

    @Test
    void pasteFromWordIntoTheBodyMakesParagraphsWithoutIndentsOrSoftBreaks(FxRobot robot) {
        var body = test.window.articlePane().bodyArea();
        robot.interact(() -> {
            copy("\u3000\u3000江澜二桥今晨通车。\u000B\u3000\u3000市民纷纷前来。\r\n\r\n\r\n\u00A0\r\n\u3000\u3000交通明显好转。");
            body.moveTo(0);
            body.paste();
        });

        assertThat(body.getText()).startsWith("江澜二桥今晨通车。\n市民纷纷前来。\n交通明显好转。");
    }

    @Test
    void aClipboardWithOnlyHtmlPastesItsTextWithParagraphsAndNoFormatting(FxRobot robot) {
        var body = test.window.articlePane().bodyArea();
        robot.interact(() -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.HTML,
                    "<p style='font-family:SimSun;color:red'>网页<b>第一段</b>。</p><p>第二段。<br>第三段。</p>"));
            body.moveTo(0);
            body.paste();
        });

        assertThat(body.getText()).startsWith("网页第一段。\n第二段。\n第三段。");
    }
}
