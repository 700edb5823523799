package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Page make-up driven through the window: a new, unplaced story is framed on page 1 with the dialog,
 * which refuses it on the 报头 and on the bridge story first.
 */
@ExtendWith(ApplicationExtension.class)
class MakeupFromWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
        window = test.window;
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void placesAnUnplacedStoryThroughTheDialogAndUndoesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        robot.interact(window::newStory);
        robot.interact(() -> window.articlePane().bodyArea().replaceText("城北图书馆今日开馆，藏书二十万册。"));
        String storyId = window.workspace().selectionProperty().get().contentId().orElseThrow();
        assertThat(window.workspace().shownPageProperty().get()).isEqualTo(1);

        Platform.runLater(window::frame);
        TestWindow.waitUntilShowing(robot, "#frame-ok");
        Spinner<Integer> column = robot.lookup("#frame-column").query();
        Spinner<Integer> span = robot.lookup("#frame-span").query();
        Spinner<Integer> row = robot.lookup("#frame-row").query();
        Spinner<Integer> rows = robot.lookup("#frame-rows").query();
        Node ok = robot.lookup("#frame-ok").query();
        Label problem = robot.lookup("#frame-problem").query();
        Label capacity = robot.lookup("#frame-capacity").query();
        assertThat(robot.lookup("#frame-length").queryAs(Label.class).getText()).isEqualTo("稿件字数 17 字");

        // On page 1's 报头 (行 1-9): refused, saying where the block ends.
        robot.interact(() -> {
            column.getValueFactory().setValue(5);
            span.getValueFactory().setValue(2);
            row.getValueFactory().setValue(1);
            rows.getValueFactory().setValue(8);
        });
        assertThat(problem.getText()).isEqualTo("版位压住了第 1—9 行的报头：请从第 10 行或以下排起");
        assertThat(ok.isDisabled()).isTrue();
        // On the bridge story: refused, with the reason.
        robot.interact(() -> {
            column.getValueFactory().setValue(1);
            span.getValueFactory().setValue(4);
            row.getValueFactory().setValue(31);
            rows.getValueFactory().setValue(30);
        });
        assertThat(problem.getText()).isEqualTo("版位与“江澜二桥今日通车”重叠");
        assertThat(ok.isDisabled()).isTrue();
        // Past the last column: off the grid.
        robot.interact(() -> column.getValueFactory().setValue(4));
        assertThat(problem.getText()).startsWith("超出版面网格");
        assertThat(ok.isDisabled()).isTrue();
        // Below the bridge story: 4 栏 x 30 行 of 12-character columns.
        robot.interact(() -> column.getValueFactory().setValue(1));
        robot.clickOn(row.getEditor()).eraseText(2).write("41");
        assertThat(row.getValue()).as("typed, not yet committed").isEqualTo(41);
        assertThat(problem.getText()).isEmpty();
        assertThat(capacity.getText()).as("from the composer: the headline stack takes its lines").isEqualTo("版位可容正文 1289 字，差 1272 字");
        robot.clickOn(ok);

        var placed = StoryPlacement.of(storyId, new GridRect(0, 40, 4, 30), 0);
        var drawn = window.preview().lastDrawnLayout();
        assertThat(drawn.pageNumber()).isEqualTo(1);
        LayoutFrame frame = drawn.frames().stream().filter(f -> f.contentId().equals(storyId)).findFirst().orElseThrow();
        assertThat(frame.kind()).isEqualTo(LayoutFrame.FrameKind.STORY);
        assertThat(frame.lines().stream().map(LayoutLine::text).reduce("", String::concat)).contains("城北图书馆");
        assertThat(storedPage1().placements()).hasSize(3).contains(placed);
        assertThat(window.workspace().pageShowing(storyId)).contains(1);
        assertThat(storiesUnderPage1()).as("the navigator lists it on page 1").contains(storyId);

        // Edit > Undo with the page in focus takes it off again, on screen and in the database.
        robot.clickOn(window.preview().canvas());
        robot.interact(window::undo);
        assertThat(storedPage1().placements()).hasSize(2).doesNotContain(placed);
        assertThat(window.preview().lastDrawnLayout().frames()).noneMatch(f -> f.contentId().equals(storyId));
        assertThat(storiesUnderPage1()).doesNotContain(storyId);
        assertThat(window.statusBar().activityLabel().getText()).isEqualTo("已撤销：第1版的版面改动");

        // Edit > Redo puts it back.
        robot.interact(window::redo);
        assertThat(storedPage1().placements()).hasSize(3).contains(placed);
        assertThat(window.preview().lastDrawnLayout().frames()).anyMatch(f -> f.contentId().equals(storyId));
    }

    private java.util.List<String> storiesUnderPage1() {
        return window.navigator().node().getRoot().getChildren().stream()
                .filter(item -> item.getValue() instanceof NavItem.PageItem p && p.page().number() == 1)
                .flatMap(item -> item.getChildren().stream())
                .map(item -> item.getValue().selection().contentId().orElse(""))
                .toList();
    }

    private Page storedPage1() {
        return test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().page(1).orElseThrow();
    }
}
