package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.Page;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.copydesk.typeset.LineRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A story frame boxed with a 花边 border and tint, with a vertical headline, through the frame dialog; undone. */
@ExtendWith(ApplicationExtension.class)
class PageElementsFromWindowTest {
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
    void boxesAStoryWithAVerticalHeadlineFromTheFrameDialogAndUndoesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        robot.interact(() -> window.workspace().select(new Selection.Story(FixtureEdition.BRIDGE_STORY)));

        Platform.runLater(window::frame);
        TestWindow.waitUntilShowing(robot, "#frame-ok");
        ComboBox<FrameBorder> border = robot.lookup("#frame-border").query();
        ComboBox<StoryStyle.VerticalHeadline> headline = robot.lookup("#frame-verticalHeadline").query();
        CheckBox tint = robot.lookup("#frame-tint").query();
        assertThat(border.getValue()).isEqualTo(FrameBorder.NONE);
        assertThat(border.getConverter().toString(FrameBorder.FLORAL)).isEqualTo("花边");
        robot.interact(() -> {
            border.setValue(FrameBorder.FLORAL);
            headline.setValue(StoryStyle.VerticalHeadline.RIGHT);
        });
        robot.clickOn(tint);
        robot.clickOn("#frame-ok");
        WaitForAsyncUtils.waitForFxEvents();

        StoryStyle boxed = new StoryStyle(FrameBorder.FLORAL, true, StoryStyle.VerticalHeadline.RIGHT, false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bridge(storedPage1()).style().equals(boxed));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.preview().lastDrawnLayout().fills().isEmpty());
        assertThat(window.preview().lastDrawnLayout().allLines()).anyMatch(l -> l.role() == LineRole.VERTICAL_HEADLINE);

        // Edit > Undo with the page in focus puts the plain frame back, on screen and in the database.
        robot.clickOn(window.preview().canvas());
        robot.interact(window::undo);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bridge(storedPage1()).style().equals(StoryStyle.PLAIN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout().fills().isEmpty());
        assertThat(window.preview().lastDrawnLayout().allLines()).noneMatch(l -> l.role() == LineRole.VERTICAL_HEADLINE);
    }

    private static StoryPlacement bridge(Page page) {
        return page.placements().stream().filter(p -> p instanceof StoryPlacement s
                && s.articleId().equals(FixtureEdition.BRIDGE_STORY)).map(StoryPlacement.class::cast).findFirst().orElseThrow();
    }

    private Page storedPage1() {
        return test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().page(1).orElseThrow();
    }
}
