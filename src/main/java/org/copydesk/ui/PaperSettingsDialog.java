package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PaperSettings;

/**
 * File &gt; Paper settings…: the paper's name (what new editions are called), the masthead text
 * page 1 prints large, the registration line (国内统一连续出版物号 CN … 邮发代号 …) and the page
 * spec new editions start with, and the two 报眼 (ears) beside the masthead: a title and a few words each. What the user typed is checked by the desk; a refusal is shown in
 * the dialog, which stays open.
 */
final class PaperSettingsDialog {
    private final Dialog<PaperSettings> dialog = new Dialog<>();

    /**
     * @param check turns the four fields into settings, or throws with the reason in the user's
     *              language (the desk's {@code PaperSettingsService.settings})
     */
    PaperSettingsDialog(UiText text, Window owner, PaperSettings current, Check check) {
        Objects.requireNonNull(check);
        dialog.initOwner(owner);
        dialog.setTitle(text.get("paper.title"));
        dialog.setHeaderText(null);
        var name = field("paper-name", current.name());
        var masthead = field("paper-masthead", current.mastheadText());
        masthead.setPromptText(text.get("paper.mastheadPrompt"));
        var registration = field("paper-registration", current.registrationLine());
        registration.setPromptText("国内统一连续出版物号 CN 00-0000　邮发代号 0-000");
        registration.setPrefColumnCount(30);
        var leftTitle = field("paper-left-ear-title", current.leftEar().title());
        leftTitle.setPromptText(text.get("paper.earTitlePrompt"));
        var leftText = field("paper-left-ear-text", current.leftEar().text());
        leftText.setPromptText(text.get("paper.leftEarTextPrompt"));
        var rightTitle = field("paper-right-ear-title", current.rightEar().title());
        rightTitle.setPromptText(text.get("paper.earTitlePrompt"));
        var rightText = field("paper-right-ear-text", current.rightEar().text());
        rightText.setPromptText(text.get("paper.rightEarTextPrompt"));
        var spec = new ComboBox<String>();
        spec.getItems().setAll(PageSpec.PRESET_NAMES);
        spec.setValue(current.defaultSpecName());
        Function<String, String> specName = n -> PageSpec.preset(n)
                .map(s -> text.format("spec." + n, s.columns(), s.rows())).orElse(n);
        spec.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : specName.apply(item));
            }
        });
        spec.setButtonCell(spec.getCellFactory().call(null));
        var problem = new Label();
        problem.setId("paper-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);

        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 12, 0, 12));
        grid.addRow(0, new Label(text.get("paper.name")), name);
        grid.addRow(1, new Label(text.get("paper.masthead")), masthead);
        grid.addRow(2, new Label(text.get("paper.registration")), registration);
        grid.addRow(3, new Label(text.get("paper.leftEar")), new javafx.scene.layout.HBox(6, leftTitle, leftText));
        grid.addRow(4, new Label(text.get("paper.rightEar")), new javafx.scene.layout.HBox(6, rightTitle, rightText));
        leftTitle.setPrefColumnCount(8);
        rightTitle.setPrefColumnCount(8);
        leftText.setPrefColumnCount(22);
        rightText.setPrefColumnCount(22);
        grid.addRow(5, new Label(text.get("paper.spec")), spec);
        var note = new Label(text.get("paper.note"));
        note.setWrapText(true);
        var box = new VBox(10, grid, note, problem);
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);

        var ok = new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("paper-ok");
        PaperSettings[] checked = new PaperSettings[1];
        // A refusal keeps the dialog open with the reason; nothing is saved.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                checked[0] = check.settings(name.getText(), masthead.getText(), registration.getText(), spec.getValue())
                        .withEars(check.ear(leftTitle.getText(), leftText.getText(), true),
                                check.ear(rightTitle.getText(), rightText.getText(), false));
                problem.setText("");
            } catch (RuntimeException refused) {
                problem.setText(refused.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? checked[0] : null);
    }

    /** The desk's check of what was typed (the desk's {@code PaperSettingsService}). */
    interface Check {
        PaperSettings settings(String name, String masthead, String registration, String specName);

        /** A 报眼's title and text, checked; {@code left} names which in a refusal. */
        PaperSettings.Ear ear(String title, String text, boolean left);
    }

    /** Shows the dialog and waits; the checked settings, or empty when cancelled. */
    Optional<PaperSettings> ask() {
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        var field = new TextField(value);
        field.setId(id);
        return field;
    }
}
