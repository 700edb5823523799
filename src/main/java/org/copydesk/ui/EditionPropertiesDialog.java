package org.copydesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.copydesk.model.Edition;

/** File &gt; Edition name and date…: the paper's name on it, its date and its 总第N期. */
final class EditionPropertiesDialog {

    /** What the user chose. */
    record Answer(String name, LocalDate date, int issueNumber) {
    }

    private final Dialog<Answer> dialog = new Dialog<>();

    EditionPropertiesDialog(UiText text, Window owner, Edition edition) {
        dialog.initOwner(owner);
        dialog.setTitle(text.get("edition.propertiesTitle"));
        dialog.setHeaderText(null);
        var name = new TextField(edition.name());
        name.setId("edition-name");
        var date = new DatePicker(edition.publicationDate());
        date.setId("edition-date");
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        var issue = new Spinner<Integer>(1, 999_999, edition.issueNumber());
        issue.setEditable(true);
        issue.setId("edition-issue");
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(text.get("newEdition.name")), name);
        grid.addRow(1, new Label(text.get("newEdition.date")), date);
        grid.addRow(2, new Label(text.get("newEdition.issue")), issue);
        dialog.getDialogPane().setContent(grid);
        var ok = new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("edition-ok");
        okButton.disableProperty().bind(name.textProperty().isEmpty().or(date.valueProperty().isNull()));
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            issue.commitValue();
            return new Answer(name.getText().strip(), date.getValue(), issue.getValue());
        });
    }

    Optional<Answer> ask() {
        return dialog.showAndWait();
    }
}
