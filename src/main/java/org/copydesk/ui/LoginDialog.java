package org.copydesk.ui;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.copydesk.store.DatabaseCredentials;

/**
 * Asks the database user and password for a shared server when the environment gives none
 * (COPYDESK_DB_USER, COPYDESK_DB_PASSWORD). The answer lives in memory only: it is handed to the
 * driver and never written anywhere.
 */
public final class LoginDialog {
    private LoginDialog() {
    }

    /** Asks and waits; empty when cancelled or when there is no display. Not on the FX thread. */
    public static Optional<DatabaseCredentials> ask(String where, String suggestedUser) {
        var answer = new CompletableFuture<Optional<DatabaseCredentials>>();
        try {
            FxStartup.ensureStarted();
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
        Platform.runLater(() -> {
            try {
                BundledFace.beforeMainWindow();
                answer.complete(dialog(UiText.forSystem(), where, suggestedUser).showAndWait());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    static Dialog<DatabaseCredentials> dialog(UiText text, String where, String suggestedUser) {
        var dialog = new Dialog<DatabaseCredentials>();
        dialog.setTitle(text.get("login.title"));
        dialog.setHeaderText(text.format("login.header", where));
        var user = new TextField(suggestedUser);
        user.setId("login-user");
        var password = new PasswordField();
        password.setId("login-password");
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.get("login.user")), user);
        grid.addRow(1, new Label(text.get("login.password")), password);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(user.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ok
                ? new DatabaseCredentials(user.getText(), password.getText()) : null);
        Platform.runLater(user.getText().isEmpty() ? user::requestFocus : password::requestFocus);
        return dialog;
    }
}
