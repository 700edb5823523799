package org.copydesk.ui;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop client from a plain {@code main} (no {@code Application} subclass as the main
 * class, so {@code java -jar} of the shaded jar works on the class path) and blocks until the main
 * window is closed.
 */
public final class DesktopLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private DesktopLauncher() {
    }

    public static void launch(UiServices services, StartingWindow starting) {
        Objects.requireNonNull(services);
        Objects.requireNonNull(starting);
        var closed = new CountDownLatch(1);
        startToolkit(() -> {
            try {
                Stage stage = open(services, starting);
                stage.setOnHidden(e -> closed.countDown());
            } catch (RuntimeException e) {
                LOG.error("the main window could not be opened", e);
                closed.countDown();
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.exit();
        }
    }

    /**
     * Starts JavaFX unless {@link FxStartup} (the early start, or a start-up dialog such as
     * {@link RestoreDialog}) already did, and runs {@code first} on it; without a display says so in one line the user can act on.
     */
    private static void startToolkit(Runnable first) {
        try {
            FxStartup.ensureStarted();
            Platform.runLater(first);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException(UiText.forSystem().format("window.noDisplay", e.getMessage()), e);
        }
    }

    /**
     * Makes the main window in the starting window's stage and opens the newest edition. The edition
     * is read (and its first page composed) in the background while the window's first layout pass
     * styles and sizes its controls, so it is asked for before the window is shown. FX thread only.
     */
    static Stage open(UiServices services, StartingWindow starting) {
        Theme.apply();
        var window = new MainWindow(services, UiText.forSystem(), starting.take());
        window.openLatestEdition();
        window.show();
        Splash.closeIfShown();
        Platform.runLater(starting::settled);
        return window.stage();
    }
}
