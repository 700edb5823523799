package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.copydesk.model.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Flatplan in the window: dragging page 2 before page 1 renumbers the pages in the database. */
@ExtendWith(ApplicationExtension.class)
class FlatplanFromWindowTest {
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
    void draggingAThumbnailMovesThePageAndDoubleClickOpensIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().lastDrawnLayout() != null);
        String page2Id = window.workspace().content().orElseThrow().page(2).orElseThrow().id();
        robot.interact(window::flatplan);
        FlatplanView view = window.flatplanView();
        assertThat(view.isShowing()).isTrue();

        VBox one = view.tileOf(1).orElseThrow();
        VBox two = view.tileOf(2).orElseThrow();
        robot.drag(two, MouseButton.PRIMARY).moveTo(one).moveBy(5, 0).release(MouseButton.PRIMARY);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> test.repository.loadEdition(FixtureEdition.EDITION)
                .orElseThrow().page(1).map(Page::id).orElse("").equals(page2Id));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.workspace().content().orElseThrow()
                .page(1).map(Page::id).orElse("").equals(page2Id) && view.tileOf(2).isPresent());

        robot.doubleClickOn(view.tileOf(2).orElseThrow(), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workspace().shownPageProperty().get() == 2);
    }
}
