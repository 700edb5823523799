package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Placement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Make-up with the mouse: a new story dragged from the navigator onto page 1, moved, resized by its
 * corner handle with snapping, refused over another story and over the 报头 while dragging, then undone and redone.
 * Page 1 of the fixture is a tabloid (6 栏 x 70 行): the 报头 takes 行 1-9, the bridge story fills 栏 1-4, 行 10-40.
 */
@ExtendWith(ApplicationExtension.class)
class MakeupWithMouseTest {
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
    void dragPlacesMovesAndResizesOnTheGridAndEveryStepUndoes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        // The whole page in view, so every grid point is on the screen.
        for (int i = 0; i < 4; i++) {
            robot.interact(window::zoomOut);
        }
        robot.interact(window::newStory);
        String storyId = window.workspace().selectionProperty().get().contentId().orElseThrow();
        TreeCell<?> cell = robot.lookup(".tree-cell").<TreeCell<?>>match(c -> c.getItem() instanceof NavItem.StoryItem s
                && s.article().id().equals(storyId)).query();

        // Dropped at 栏 2, 行 46: a 3 栏 x 20 行 frame starts there.
        robot.drag(cell, MouseButton.PRIMARY).moveTo(cellCentre(1, 45)).moveTo(cellCentre(1, 45)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frameOf(storyId)).contains(new GridRect(1, 45, 3, 20));
        assertThat(window.preview().lastDrawnLayout().frames()).anyMatch(f -> f.contentId().equals(storyId));

        // Moved by a little more than one column and two lines: snapped to exactly that.
        robot.drag(cellCentre(2, 50), MouseButton.PRIMARY).moveTo(cellCentre(3, 52)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frameOf(storyId)).contains(new GridRect(2, 47, 3, 20));

        // The bottom-right handle dragged to near the right of 栏 6 and the top of 行 61.
        robot.drag(point(2 + 3, 47 + 20, 0, 0), MouseButton.PRIMARY)
                .moveTo(point(6, 60, -3, 1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frameOf(storyId)).contains(new GridRect(2, 47, 4, 13));

        // Dragged up onto the bridge story: red while dragging, and nothing changes on release.
        robot.drag(cellCentre(3, 50), MouseButton.PRIMARY).moveTo(cellCentre(3, 20));
        assertThat(window.preview().guide()).hasValueSatisfying(g -> assertThat(g.fits()).isFalse());
        assertThat(window.statusBar().activityLabel().getText()).contains("版位与“江澜二桥今日通车”重叠");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.preview().guide()).isEmpty();
        assertThat(frameOf(storyId)).contains(new GridRect(2, 47, 4, 13));

        // Dragged up onto the masthead: the same, and the status bar names the block and the first free line.
        robot.drag(cellCentre(3, 50), MouseButton.PRIMARY).moveTo(cellCentre(3, 5));
        assertThat(window.preview().guide()).hasValueSatisfying(g -> assertThat(g.fits()).isFalse());
        assertThat(window.statusBar().activityLabel().getText()).contains("版位压住了第 1—9 行的报头：请从第 10 行或以下排起");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusBar().activityLabel().getText()).contains("版位未改动");
        assertThat(frameOf(storyId)).contains(new GridRect(2, 47, 4, 13));

        // Each step undoes in turn, in the database too, and redoes.
        robot.interact(window::undo);
        assertThat(frameOf(storyId)).contains(new GridRect(2, 47, 3, 20));
        robot.interact(window::undo);
        assertThat(frameOf(storyId)).contains(new GridRect(1, 45, 3, 20));
        robot.interact(window::undo);
        assertThat(frameOf(storyId)).isEmpty();
        robot.interact(window::redo);
        assertThat(frameOf(storyId)).contains(new GridRect(1, 45, 3, 20));
    }

    /** The story's frame on page 1 as stored. */
    private Optional<GridRect> frameOf(String storyId) {
        Page page = test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().page(1).orElseThrow();
        return page.placements().stream().filter(p -> p.contentId().equals(storyId)).map(Placement::frame).findFirst();
    }

    private Point2D cellCentre(int column, int row) {
        PageSpec spec = spec();
        return point(column, row, spec.spanWidthPt(1) / 2, spec.linePitchPt() / 2);
    }

    /** On screen: the top left of 栏 {@code column}, 行 {@code row} (0-based), moved by points. */
    private Point2D point(int column, int row, double dxPt, double dyPt) {
        PageSpec spec = spec();
        var options = window.preview().lastOptions();
        double x = column < spec.columns() ? spec.columnLeftPt(column)
                : spec.columnLeftPt(column - 1) + spec.spanWidthPt(1);
        double y = spec.rowTopPt(row);
        return window.preview().canvas().localToScreen(options.toCanvas(x + dxPt), options.toCanvas(y + dyPt));
    }

    private PageSpec spec() {
        return window.preview().lastDrawnLayout().spec();
    }
}
