package org.copydesk.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Message boxes in the window's language. JavaFX's stock OK/Cancel buttons follow the machine's
 * language, which on an English system left English buttons in a Chinese window.
 */
final class Alerts {
    private Alerts() {
    }

    /** Asks to go ahead; true when the user chose OK. Blocks in a nested event loop. */
    static boolean confirm(Window owner, UiText text, String message) {
        ButtonType ok = ok(text);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /** Asks for one line of text; empty when cancelled. Blocks in a nested event loop. */
    static Optional<String> ask(Window owner, UiText text, String title, String label, String initial) {
        var dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        dialog.getEditor().setId("ask-field");
        ButtonType ok = ok(text);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == ok ? dialog.getEditor().getText() : null);
        return dialog.showAndWait();
    }

    /** Asks to choose one of {@code choices} (shown by their toString); empty when cancelled. */
    static <T> Optional<T> choose(Window owner, UiText text, String title, String label, List<T> choices) {
        var dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        ButtonType ok = ok(text);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == ok ? dialog.getSelectedItem() : null);
        return dialog.showAndWait();
    }

    /** Shows an error without waiting. */
    static void error(Window owner, UiText text, String header, String message) {
        show(Alert.AlertType.ERROR, owner, text, header, message);
    }

    /** Shows information without waiting. */
    static Alert info(Window owner, UiText text, String header, String message) {
        return show(Alert.AlertType.INFORMATION, owner, text, header, message);
    }

    private static Alert show(Alert.AlertType type, Window owner, UiText text, String header, String message) {
        var alert = new Alert(type, message, ok(text));
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.show();
        return alert;
    }

    private static ButtonType ok(UiText text) {
        return new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
