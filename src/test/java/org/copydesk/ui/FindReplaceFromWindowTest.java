package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.copydesk.desk.FindMatch;
import org.copydesk.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+F over the story's body, and Edit > Find in edition with its replace-all and one Undo. */
@ExtendWith(ApplicationExtension.class)
class FindReplaceFromWindowTest {
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

    /** The dialog's buttons are fired: Monocle's robot does not reliably click into a second window. */
    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlFFindsTheNextMatchInTheBodyAndReplaceAllIsOneBodyUndo(FxRobot robot) {
        robot.interact(() -> test.window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        var area = test.window.articlePane().bodyArea();
        String original = area.getText();
        robot.clickOn(area);

        press(robot, KeyCode.CONTROL, KeyCode.F);
        TextField query = robot.lookup("#find-query").queryAs(TextField.class);
        assertThat(query.isVisible()).isTrue();
        assertThat(query.isFocused()).isTrue();
        robot.interact(() -> query.setText("二桥"));
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("找到 3 处");

        press(robot, KeyCode.ENTER);
        assertThat(area.getSelectedText()).isEqualTo("二桥");
        int first = area.getSelection().getStart();
        assertThat(original.substring(first - 2, first)).isEqualTo("江澜");
        assertThat(count.getText()).isEqualTo("1/3");
        press(robot, KeyCode.F3);
        assertThat(count.getText()).isEqualTo("2/3");
        assertThat(area.getSelection().getStart()).isGreaterThan(first);
        press(robot, KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(count.getText()).isEqualTo("1/3");
        assertThat(area.getSelection().getStart()).isEqualTo(first);

        press(robot, KeyCode.CONTROL, KeyCode.H);
        TextField replacement = robot.lookup("#find-replacement").queryAs(TextField.class);
        assertThat(replacement.isVisible()).isTrue();
        robot.interact(() -> replacement.setText("新桥"));
        robot.clickOn("#find-replace-all");
        assertThat(area.getText()).doesNotContain("二桥").contains("江澜新桥于今日");
        assertThat(ParagraphKind.ofStyleClasses(area.getParagraph(2).getParagraphStyle())).isEqualTo(ParagraphKind.SUBHEAD);

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(area.getText()).as("one Undo of the body takes every replacement back").isEqualTo(original);

        robot.clickOn(query);
        press(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup(".find-bar").query().isVisible()).isFalse();
        assertThat(area.isFocused()).isTrue();
    }

    @Test
    void replaceAllInTheEditionShowsWhatItWillChangeThenOneUndoRestoresEveryStory(FxRobot robot) throws TimeoutException {
        robot.interact(() -> test.window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        Article before = test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        Article marketBefore = test.repository.article(FixtureEdition.MARKET_STORY).orElseThrow();
        robot.clickOn(test.window.articlePane().bodyArea());

        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        TestWindow.waitUntilShowing(robot, "#edition-find-query");
        robot.interact(() -> {
            robot.lookup("#edition-find-query").queryAs(TextField.class).setText("(二桥|本报讯)");
            robot.lookup("#edition-find-replacement").queryAs(TextField.class).setText("[$1]");
        });
        robot.interact(() -> robot.lookup("#edition-find-regex").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        assertThat(robot.lookup("#edition-find-regex").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        fire(robot, "#edition-find");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#edition-find-summary").queryAs(Label.class).getText().isEmpty());
        ListView<FindMatch> results = robot.lookup("#edition-find-results").queryListView();
        // headline, dateline + 3 paragraphs of the bridge story, the market's dateline, the caption
        assertThat(results.getItems()).as(robot.lookup("#edition-find-summary").queryAs(Label.class).getText()).hasSize(7);
        assertThat(results.getItems()).anySatisfy(m -> assertThat(m.ownerId()).isEqualTo(FixtureEdition.BRIDGE_PHOTO));

        fire(robot, "#edition-replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results.getItems()).hasSize(6);
        assertThat(results.getItems().get(0).match().replacement()).isEqualTo("[二桥]");
        assertThat(robot.lookup("#edition-find-summary").queryAs(Label.class).getText()).contains("6").contains("2 篇");
        assertThat(test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow())
                .as("nothing is written before Apply").isEqualTo(before);

        fire(robot, "#edition-replace-apply");
        WaitForAsyncUtils.waitForFxEvents();
        Article replaced = test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(replaced.headline()).isEqualTo("江澜[二桥]今日通车");
        assertThat(replaced.plainText()).doesNotContain("本报讯　").contains("[本报讯]");
        assertThat(test.repository.article(FixtureEdition.MARKET_STORY).orElseThrow().body().get(0).text())
                .startsWith("[本报讯]");
        assertThat(robot.lookup("#headline").queryTextInputControl().getText())
                .as("the story's editor shows the new text").isEqualTo("江澜[二桥]今日通车");

        robot.interact(() -> robot.lookup("#edition-find-query").query().getScene().getWindow().hide());
        robot.interact(() -> {
            test.window.preview().node().requestFocus();
            test.window.undo();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Article undone = test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(undone.headline()).isEqualTo(before.headline());
        assertThat(undone.body()).isEqualTo(before.body());
        assertThat(undone.version()).isGreaterThan(replaced.version());
        assertThat(test.repository.article(FixtureEdition.MARKET_STORY).orElseThrow().body()).isEqualTo(marketBefore.body());
        assertThat(robot.lookup("#headline").queryTextInputControl().getText()).isEqualTo(before.headline());
    }

    @Test
    void undoIsRefusedWhenAStoryChangedSinceTheReplaceAndNothingIsOverwritten(FxRobot robot) throws TimeoutException {
        robot.interact(() -> test.window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));
        robot.clickOn(test.window.articlePane().bodyArea());
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        TestWindow.waitUntilShowing(robot, "#edition-find-query");
        robot.interact(() -> {
            robot.lookup("#edition-find-query").queryAs(TextField.class).setText("二桥");
            robot.lookup("#edition-find-replacement").queryAs(TextField.class).setText("新桥");
        });
        fire(robot, "#edition-replace-all");
        fire(robot, "#edition-replace-apply");
        robot.interact(() -> robot.lookup("#edition-find-query").query().getScene().getWindow().hide());
        robot.interact(() -> robot.lookup("#headline").queryTextInputControl().setText("江澜新桥明日通车"));
        robot.interact(() -> test.scheduler.advance(java.time.Duration.ofSeconds(2)));
        assertThat(test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().headline()).isEqualTo("江澜新桥明日通车");

        javafx.application.Platform.runLater(() -> {
            test.window.preview().node().requestFocus();
            test.window.undo();
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        var dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).contains("江澜新桥明日通车");
        robot.interact(() -> dialog.getScene().getWindow().hide());

        Article kept = test.repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(kept.headline()).isEqualTo("江澜新桥明日通车");
        assertThat(kept.plainText()).contains("新桥").doesNotContain("二桥");
    }
}
