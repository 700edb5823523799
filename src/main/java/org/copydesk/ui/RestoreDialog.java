package org.copydesk.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.copydesk.store.RestoreReport;
import org.copydesk.store.StoreException;

/**
 * At start-up, when the database is damaged: offers to restore the newest backup that opens,
 * saying what time its data is from (Restore / Quit), then says what the restore did. The restore
 * itself runs on the calling thread, between the two dialogs, never on the FX thread.
 */
public final class RestoreDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiText text;
    private final ZoneId zone;
    private final ButtonType restore;
    private final ButtonType quit;

    RestoreDialog(UiText text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
        this.restore = new ButtonType(text.get("restore.restore"), ButtonBar.ButtonData.OK_DONE);
        this.quit = new ButtonType(text.get("restore.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * Asks, restores with {@code restoreBackup} if the user chooses to, and reports. Not on the FX
     * thread; starts JavaFX if needed and leaves it running for the main window.
     *
     * @param problem    what is wrong with the database, for the user
     * @param dataFrom   when the backup that would be restored was taken
     * @return true when the backup was restored and Copydesk can go on to open the window
     */
    public static boolean offerAtStartup(String problem, Instant dataFrom, Supplier<RestoreReport> restoreBackup) {
        try {
            startToolkit();
        } catch (UnsupportedOperationException e) {
            return false; // no display: the message and the CLI hint are on stderr
        }
        var dialog = new RestoreDialog(UiText.forSystem(), ZoneId.systemDefault());
        if (!dialog.restore.equals(answer(() -> dialog.offer(problem, dataFrom)))) {
            return false;
        }
        try {
            RestoreReport report = restoreBackup.get();
            answer(() -> dialog.report(report));
            return true;
        } catch (StoreException e) {
            answer(() -> dialog.failure(e.getMessage()));
            return false;
        }
    }

    /** The offer: what is wrong, when the backup's data is from, Restore / Quit. FX thread. */
    Alert offer(String problem, Instant dataFrom) {
        var alert = new Alert(Alert.AlertType.WARNING, text.format("restore.offer", problem, time(dataFrom)), restore, quit);
        alert.setTitle(text.get("restore.title"));
        alert.setHeaderText(text.get("restore.header"));
        alert.setResizable(true);
        alert.getDialogPane().setId("restore-offer");
        return sized(alert);
    }

    /** What the restore did. FX thread. */
    Alert report(RestoreReport report) {
        String recovered = text.format("restore.done.recovered", report.revisionsRecovered(), report.articlesRecovered(),
                report.editionsRecovered(), report.recovery());
        String kept = report.damagedKeptAs().map(p -> text.format("restore.done.kept", p.toString()))
                .orElseGet(() -> text.get("restore.done.missing"));
        var alert = new Alert(Alert.AlertType.INFORMATION, recovered + "\n\n" + kept, ButtonType.OK);
        alert.setTitle(text.get("restore.done.title"));
        alert.setHeaderText(text.format("restore.done.header", time(report.backup().time())));
        alert.setResizable(true);
        alert.getDialogPane().setId("restore-report");
        return sized(alert);
    }

    private Alert failure(String message) {
        var alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.setTitle(text.get("startup.error.title"));
        alert.setHeaderText(text.get("restore.failed.header"));
        alert.setResizable(true);
        return sized(alert);
    }

    /**
     * A width to wrap the long message in, and a height that follows it: under a window manager the
     * window is sized before its text is laid out, and a bare alert opened at start-up came up as a
     * narrow box with the message cut off (seen under openbox at 1280x800).
     */
    private static final double WIDTH = 560;
    private static final double MIN_HEIGHT = 300;

    private static Alert sized(Alert alert) {
        var pane = alert.getDialogPane();
        pane.setMinWidth(WIDTH);
        pane.setPrefWidth(WIDTH);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        // The window manager takes the stage's minimum as given; a size set after showing it ignores.
        var stage = (javafx.stage.Stage) pane.getScene().getWindow();
        stage.setMinWidth(WIDTH + 20);
        stage.setMinHeight(MIN_HEIGHT);
        alert.setOnShown(e -> Platform.runLater(() -> {
            stage.setHeight(Math.max(stage.getHeight(), pane.prefHeight(WIDTH) + 40));
            stage.centerOnScreen();
        }));
        return alert;
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    private static void startToolkit() {
        FxStartup.ensureStarted();
    }

    /**
     * Shows the alert {@code build} makes on the FX thread and waits here until it is closed; the
     * button it was closed with. Not {@code showAndWait}: right after start-up it returned at once,
     * unanswered, under X (a nested event loop from there is unreliable, see StartupErrorDialog).
     */
    private static ButtonType answer(Supplier<Alert> build) {
        var answer = new CompletableFuture<ButtonType>();
        Platform.runLater(() -> {
            try {
                Alert alert = build.get();
                alert.setOnHidden(e -> answer.complete(alert.getResult()));
                alert.show();
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a dialog was open", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
