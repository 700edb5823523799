package org.copydesk.ui;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once per process, from whichever comes first: the early start that
 * overlaps the toolkit's own start-up (GTK, the renderer) with opening the database, the main
 * window, or a start-up dialog. Every caller waits until the toolkit is up, so a
 * {@link Platform#runLater} after {@link #ensureStarted()} never meets an uninitialised toolkit.
 */
public final class FxStartup {
    private static boolean started;
    private static UnsupportedOperationException noDisplay;

    private FxStartup() {
    }

    /**
     * Starts the toolkit on a background thread and returns at once, then runs {@code whenUp} on that
     * thread once the toolkit is up; a failure (no display) is reported by the next
     * {@link #ensureStarted()}, where the window or dialog needs it.
     */
    static void startInBackground(Runnable whenUp) {
        Thread starter = new Thread(() -> {
            try {
                ensureStarted();
                whenUp.run();
            } catch (UnsupportedOperationException e) {
                // Kept in noDisplay and thrown again to whoever needs the toolkit.
            }
        }, "copydesk-fx-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Starts the toolkit unless it is running (started here, by a test or by JavaFX itself);
     * returns once it is up. The main window closes Copydesk, not the last window hidden.
     *
     * @throws UnsupportedOperationException when there is no display to start it on
     */
    static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        if (noDisplay != null) {
            throw noDisplay;
        }
        Platform.setImplicitExit(false);
        try {
            Platform.startup(() -> {
            });
        } catch (IllegalStateException alreadyRunning) {
            // Started by someone else (a test): use it as it is.
        } catch (UnsupportedOperationException e) {
            noDisplay = e;
            throw e;
        }
        started = true;
    }
}
