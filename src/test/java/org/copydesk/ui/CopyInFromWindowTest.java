package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Fix punctuation (Ctrl+Shift+U) and Story > Convert on the story in the editor. */
@ExtendWith(ApplicationExtension.class)
class CopyInFromWindowTest {
    private static final String TYPED = "\n记者了解到,今年一季度全市快递业务量3497件, 同比增长12%.他说:\"明天再来.\"";

    @org.junit.jupiter.api.io.TempDir
    Path dataDir;
    private TestWindow test;

    @Start
    void start(javafx.stage.Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
    }

    @AfterEach
    void close() {
        test.close();
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    @Test
    void ctrlShiftUShowsTheChangesAppliesTheTickedOnesAndOneUndoTakesThemBack(FxRobot robot) throws TimeoutException {
        robot.interact(() -> test.window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        var area = test.window.articlePane().bodyArea();
        robot.interact(() -> area.appendText(TYPED));
        String typed = area.getText();
        robot.clickOn(area);

        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        TestWindow.waitUntilShowing(robot, "#punctuation-list");
        ListView<CheckBox> list = robot.lookup("#punctuation-list").queryListView();
        assertThat(list.getItems()).hasSize(7);
        assertThat(list.getItems().get(0).getText()).contains(",").contains("，").contains("记者了解到,今年");
        robot.interact(() -> list.getItems().get(0).setSelected(false));
        robot.clickOn("修正");
        WaitForAsyncUtils.waitForFxEvents();

        String last = area.getParagraph(area.getParagraphs().size() - 1).getText();
        assertThat(last).isEqualTo("记者了解到,今年一季度全市快递业务量3497件，同比增长12%。他说：“明天再来。”");
        assertThat(area.getParagraph(0).getText()).as("3.2公里 is a number").contains("全长3.2公里");
        assertThat(ParagraphKind.ofStyleClasses(area.getParagraph(2).getParagraphStyle())).isEqualTo(ParagraphKind.SUBHEAD);

        press(robot, KeyCode.CONTROL, KeyCode.Z);

        assertThat(area.getText()).as("one undo takes every change back, and only them").isEqualTo(typed);

        press(robot, KeyCode.CONTROL, KeyCode.Y);
        robot.interact(() -> test.scheduler.advance(Duration.ofSeconds(2)));

        var saved = test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(saved.body().get(saved.body().size() - 1).text()).endsWith("他说：“明天再来。”");
    }

    @Test
    void convertToTraditionalShowsTheAmbiguousCharactersAndConvertsTheStory(FxRobot robot) throws TimeoutException {
        robot.interact(() -> test.window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        var area = test.window.articlePane().bodyArea();
        robot.interact(() -> area.appendText("\n受台风影响，范先生的理发店暂停营业。"));
        robot.clickOn(area);

        var story = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("稿件")).findFirst().orElseThrow();
        var convert = story.getItems().stream().filter(i -> "转为繁体…".equals(i.getText())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(convert::fire); // the dialog waits for the robot: do not wait for it
        TestWindow.waitUntilShowing(robot, "#conversion-list");
        ListView<String> list = robot.lookup("#conversion-list").queryListView();
        assertThat(list.getItems()).anySatisfy(row -> assertThat(row).contains("台 → 颱").contains("台风"));
        assertThat(list.getItems()).anySatisfy(row -> assertThat(row).contains("范 → 范").contains("范先生"));
        robot.clickOn("转换");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.getParagraph(area.getParagraphs().size() - 1).getText()).isEqualTo("受颱風影響，范先生的理髮店暫停營業。");
        assertThat(robot.lookup("#headline").queryTextInputControl().getText()).isEqualTo("江瀾二橋今日通車");

        press(robot, KeyCode.CONTROL, KeyCode.Z);

        assertThat(area.getParagraph(area.getParagraphs().size() - 1).getText()).isEqualTo("受台风影响，范先生的理发店暂停营业。");
        assertThat(area.getParagraph(0).getText()).startsWith("本报讯");
    }

    @Test
    void importingATraditionalStoryShowsANoteInTheImportSummary(FxRobot robot) throws Exception {
        Path big5 = java.nio.file.Files.writeString(dataDir.resolve("big5.txt"),
                "國慶假期公交客運量創新高\n記者從市交通運輸局獲悉，今年國慶假期，全市公共交通客運量達到歷史新高。\n");

        robot.interact(() -> test.window.actions().importFiles(FixtureEdition.EDITION, java.util.List.of(big5)));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        var dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("已导入 1 篇稿件，请注意：");
        assertThat(dialog.getContentText()).contains("big5.txt");
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void importAndFixPunctuationIsOfferedAndFixesTheImportedText(FxRobot robot) throws Exception {
        var file = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
        assertThat(file.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsSubsequence("导入稿件…", "导入并修正标点…");
        Path md = java.nio.file.Files.writeString(dataDir.resolve("express.md"),
                "快递业务量创新高\n今年一季度,全市快递业务量3497件, 同比增长12%.\n");

        robot.interact(() -> test.window.actions().importFiles(FixtureEdition.EDITION, java.util.List.of(md),
                new org.copydesk.desk.CopyInOptions(true)));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane").query().getScene().getWindow().hide());

        var imported = test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().articles().stream()
                .filter(a -> a.headline().equals("快递业务量创新高")).findFirst().orElseThrow();
        assertThat(imported.plainText()).isEqualTo("今年一季度，全市快递业务量3497件，同比增长12%。");
    }
}
