package org.copydesk.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * Tells the user, in a dialog, why Copydesk could not start (the database is open in another
 * Copydesk, comes from a newer version, the folder is read-only ...). Nothing has been changed.
 */
public final class StartupErrorDialog {
    private StartupErrorDialog() {
    }

    /** Shows the message and waits until the user closes the dialog. Not on the FX thread. */
    public static void show(String message) {
        var closed = new CountDownLatch(1);
        try {
            FxStartup.ensureStarted();
            // Shown from a later pulse, not from the start-up runnable: a nested event loop started
            // there paints the dialog blank on some X servers.
            Platform.runLater(() -> {
                UiText text = UiText.forSystem();
                var alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
                alert.setTitle(text.get("startup.error.title"));
                alert.setHeaderText(text.get("startup.error.header"));
                alert.setResizable(true);
                alert.setOnHidden(e -> closed.countDown());
                alert.show();
            });
            closed.await();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // No display to show a dialog on: the message is already on stderr.
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.exit();
        }
    }
}
