package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window is on the screen before the database and the main window are ready, and the main
 * window then fills that same stage: there is never a second window.
 */
@ExtendWith(ApplicationExtension.class)
class StartingWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        if (test != null) {
            test.close();
        }
    }

    @Test
    void theMainWindowFillsTheStageAlreadyOnTheScreen() throws Exception {
        StartingWindow starting = StartingWindow.showWhenToolkitIsUp();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> copydeskWindows().size() == 1);
        Stage shown = copydeskWindows().get(0);
        Scene sketch = shown.getScene();
        assertThat(sketch.getRoot().getStyleClass()).contains("starting-window");
        assertThat(sketch.getWidth()).isEqualTo(StartingWindow.size().getWidth());

        test = WaitForAsyncUtils.asyncFx(() -> TestWindow.open(starting.take(), dataDir, FixtureEdition.content())).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(test.window.stage()).isSameAs(shown);
        assertThat(shown.isShowing()).isTrue();
        assertThat(shown.getScene()).isNotSameAs(sketch);
        assertThat(shown.getWidth()).isGreaterThanOrEqualTo(StartingWindow.size().getWidth());
        assertThat(test.window.workspace().layoutProperty().get()).isNotNull();
        assertThat(copydeskWindows()).containsExactly(shown);
    }

    @Test
    void aMainWindowReadyBeforeTheSketchGetsItsOwnStageAndTheSketchNeverShows() throws Exception {
        StartingWindow starting = StartingWindow.notShownYet();

        Stage taken = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = starting.take();
            starting.showSketch();
            return stage;
        }).get();

        assertThat(taken.isShowing()).isFalse();
        assertThat(copydeskWindows()).isEmpty();
    }

    private static List<Stage> copydeskWindows() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Copydesk"))
                .map(Stage.class::cast)
                .toList();
    }
}
