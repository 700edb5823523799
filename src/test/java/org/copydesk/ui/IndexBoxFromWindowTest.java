package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Page;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LineRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Page &gt; Add 导读…: the dialog starts from the inside pages' leads, takes a short text, frames the box; undone; edited again. */
@ExtendWith(ApplicationExtension.class)
class IndexBoxFromWindowTest {
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
    void addsA导读BoxFromTheDialogShowsItsPageUndoesItAndEditsItAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        MenuItem add = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i.getText() != null && i.getText().contains("导读"))
                .findFirst().orElseThrow();
        assertThat(add.getAccelerator()).isEqualTo(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Alt+I"));

        Platform.runLater(add::fire); // the dialog waits for the robot: do not wait for it
        TestWindow.waitUntilShowing(robot, "#index-ok");
        ListView<IndexEntry> lines = robot.lookup("#index-lines").queryListView();
        // The default: page 2's lead, named with the page it is on now.
        assertThat(lines.getItems()).containsExactly(IndexEntry.of(FixtureEdition.MARKET_STORY));
        assertThat(robot.lookup("#index-lines .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).contains("（第2版）"));
        robot.interact(() -> lines.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#index-short").queryAs(TextField.class).setText("早市新貌"));
        robot.interact(() -> robot.lookup("#index-title").queryAs(TextField.class).setText("本期导读"));
        robot.clickOn("#index-ok");
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box(storedPage1()).isPresent());
        assertThat(box(storedPage1()).orElseThrow().title()).isEqualTo("本期导读");
        assertThat(box(storedPage1()).orElseThrow().entries())
                .containsExactly(new IndexEntry(FixtureEdition.MARKET_STORY, "早市新貌"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> indexLines().contains("▶早市新貌（第2版）"));
        assertThat(window.workspace().selectionProperty().get()).isInstanceOf(Selection.IndexBox.class);

        // Edit > Undo with the page in focus takes the box off again, on screen and in the database.
        robot.clickOn(window.preview().canvas());
        robot.interact(window::undo);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box(storedPage1()).isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> indexLines().isEmpty());

        // Redo puts it back; the menu then edits the box the page has instead of adding another.
        robot.interact(window::redo);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box(storedPage1()).isPresent());
        Platform.runLater(add::fire);
        TestWindow.waitUntilShowing(robot, "#index-ok");
        assertThat(robot.lookup("#index-title").queryAs(TextField.class).getText()).isEqualTo("本期导读");
        robot.interact(() -> robot.lookup("#index-title").queryAs(TextField.class).setText("导读"));
        robot.clickOn("#index-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box(storedPage1()).map(b -> b.title().equals("导读")).orElse(false));
        assertThat(storedPage1().placements()).filteredOn(IndexBoxPlacement.class::isInstance).hasSize(1);
    }

    @Test
    void aDoubleClickOnTheBoxOpensItsLinesForEditing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        for (int i = 0; i < 4; i++) {
            robot.interact(window::zoomOut); // the whole page in view
        }
        MenuItem add = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i.getText() != null && i.getText().contains("导读"))
                .findFirst().orElseThrow();
        Platform.runLater(add::fire);
        TestWindow.waitUntilShowing(robot, "#index-ok");
        robot.clickOn("#index-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout().frames().stream()
                .anyMatch(f -> f.kind() == org.copydesk.typeset.LayoutFrame.FrameKind.INDEX));

        var box = window.preview().lastDrawnLayout().frames().stream()
                .filter(f -> f.kind() == org.copydesk.typeset.LayoutFrame.FrameKind.INDEX).findFirst().orElseThrow().bounds();
        var options = window.preview().lastOptions();
        var centre = window.preview().canvas().localToScreen(options.toCanvas(box.x() + box.width() / 2),
                options.toCanvas(box.y() + box.height() / 2));
        robot.moveTo(centre).doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        TestWindow.waitUntilShowing(robot, "#index-ok");
        robot.interact(() -> robot.lookup("#index-title").queryAs(TextField.class).setText("本期导读"));
        robot.clickOn("#index-ok");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box(storedPage1()).map(b -> b.title().equals("本期导读"))
                .orElse(false));
    }

    private String indexLines() {
        return window.preview().lastDrawnLayout().allLines().stream().filter(l -> l.role() == LineRole.INDEX_ENTRY)
                .map(LayoutLine::text).reduce("", String::concat);
    }

    private static Optional<IndexBoxPlacement> box(Page page) {
        return page.placements().stream().filter(IndexBoxPlacement.class::isInstance).map(IndexBoxPlacement.class::cast)
                .findFirst();
    }

    private Page storedPage1() {
        return test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().page(1).orElseThrow();
    }
}
