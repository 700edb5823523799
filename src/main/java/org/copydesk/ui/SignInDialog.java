package org.copydesk.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.copydesk.desk.People;
import org.copydesk.model.Person;
import org.copydesk.model.Role;

/**
 * "Who is working?": on a database with no people yet it asks the first person's name (they become
 * its admin, which the dialog says); otherwise it offers the desk's people to choose from. Answers
 * the name; the caller adds or finds the person through the desk.
 */
final class SignInDialog {
    private final Dialog<String> dialog = new Dialog<>();
    private final ComboBox<String> name = new ComboBox<>();
    private final Label role = new Label();

    /**
     * @param people the desk's people; empty for the first-run question
     * @param suggested the name to start with (the system's user name, or whoever worked last)
     */
    SignInDialog(UiText text, Window owner, List<Person> people, String suggested) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        boolean first = people.isEmpty();
        dialog.setTitle(text.get("signin.title"));
        dialog.setHeaderText(text.get(first ? "signin.first" : "signin.choose"));
        name.setId("signin-name");
        role.setId("signin-role");
        name.setEditable(first);
        name.getItems().setAll(people.stream().map(Person::name).toList());
        name.setValue(first || people.stream().anyMatch(p -> p.name().equals(suggested)) ? suggested
                : people.get(0).name());
        name.setPrefWidth(260);
        Runnable showRole = () -> role.setText(first ? People.roleName(Role.ADMIN)
                : people.stream().filter(p -> p.name().equals(name.getValue())).findFirst()
                        .map(p -> People.roleName(p.role())).orElse(""));
        name.valueProperty().addListener((obs, old, now) -> showRole.run());
        showRole.run();
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.get("signin.name")), name);
        grid.addRow(1, new Label(text.get("signin.role")), role);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("signin-ok");
        // An editable combo box commits its text on Enter or focus loss; read the editor's text as typed.
        okButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> typed().isEmpty(), name.getEditor().textProperty(), name.valueProperty()));
        dialog.setResultConverter(button -> button == ok ? typed().orElse(null) : null);
        javafx.application.Platform.runLater(name::requestFocus);
    }

    private Optional<String> typed() {
        String value = name.isEditable() ? name.getEditor().getText() : name.getValue();
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty() && v.length() <= Person.MAX_NAME_LENGTH);
    }

    Dialog<String> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits (nested event loop); empty when cancelled. */
    Optional<String> ask() {
        return dialog.showAndWait();
    }
}
