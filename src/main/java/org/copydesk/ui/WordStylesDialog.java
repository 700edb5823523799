package org.copydesk.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.model.WordStyleRole;
import org.copydesk.model.WordStyles;

/**
 * File &gt; Word styles…: the paper's table from Word style names to what their paragraphs become
 * in a story (引题, 主题, 副题, 小标题, 正文, 署名, 图片说明 or left out). A name typed with a role is
 * set (replacing the entry it matches); the selected entry can be removed; Defaults puts the
 * built-in table back. Nothing is saved until OK.
 */
final class WordStylesDialog {
    private final Dialog<WordStyles> dialog = new Dialog<>();
    private final ObservableList<Map.Entry<String, WordStyleRole>> rows = FXCollections.observableArrayList();

    WordStylesDialog(UiText text, Window owner, WordStyles current) {
        dialog.initOwner(owner);
        dialog.setTitle(text.get("wordStyles.title"));
        dialog.setHeaderText(null);
        show(current);

        var table = new TableView<>(rows);
        table.setId("word-styles-table");
        var nameColumn = new TableColumn<Map.Entry<String, WordStyleRole>, String>(text.get("wordStyles.name"));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        nameColumn.setPrefWidth(240);
        var roleColumn = new TableColumn<Map.Entry<String, WordStyleRole>, String>(text.get("wordStyles.role"));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(roleName(text, c.getValue().getValue())));
        roleColumn.setPrefWidth(240);
        table.getColumns().setAll(java.util.List.of(nameColumn, roleColumn));
        table.setPrefHeight(320);

        var name = new TextField();
        name.setId("word-style-name");
        name.setPromptText(text.get("wordStyles.namePrompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        var role = new ComboBox<WordStyleRole>(FXCollections.observableArrayList(WordStyleRole.values()));
        role.setId("word-style-role");
        role.setValue(WordStyleRole.HEADLINE);
        role.setCellFactory(list -> roleCell(text));
        role.setButtonCell(roleCell(text));
        var set = new Button(text.get("wordStyles.set"));
        set.setId("word-style-set");
        set.disableProperty().bind(name.textProperty().isEmpty());
        set.setOnAction(e -> {
            String typed = name.getText().strip();
            if (!typed.isEmpty() && typed.codePointCount(0, typed.length()) <= WordStyles.MAX_NAME) {
                show(table().with(typed, role.getValue()));
                name.clear();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                name.setText(now.getKey());
                role.setValue(now.getValue());
            }
        });
        var remove = new Button(text.get("wordStyles.remove"));
        remove.setId("word-style-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> show(table().without(table.getSelectionModel().getSelectedItem().getKey())));
        var defaults = new Button(text.get("wordStyles.defaults"));
        defaults.setId("word-style-defaults");
        defaults.setOnAction(e -> show(WordStyles.defaults()));

        var note = new Label(text.get("wordStyles.note"));
        note.setWrapText(true);
        var editRow = new HBox(8, name, role, set);
        var buttons = new HBox(8, remove, defaults);
        var box = new VBox(10, note, table, editRow, buttons);
        box.setPadding(new Insets(12, 12, 0, 12));
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);
        // The window's root names the bundled Chinese face; a dialog is a scene of its own, so it
        // takes the same style, or a machine without Chinese fonts shows empty boxes.
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }

        var ok = new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("word-styles-ok");
        dialog.setResultConverter(button -> button == ok ? table() : null);
    }

    /** Shows the dialog and waits; the edited table, or empty when cancelled. */
    Optional<WordStyles> ask() {
        return dialog.showAndWait();
    }

    /** The table as shown. */
    WordStyles table() {
        var entries = new LinkedHashMap<String, WordStyleRole>();
        rows.forEach(row -> entries.put(row.getKey(), row.getValue()));
        return new WordStyles(entries);
    }

    private void show(WordStyles styles) {
        rows.setAll(styles.entries().entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }

    private static String roleName(UiText text, WordStyleRole role) {
        return text.get("wordStyles.role." + role.code());
    }

    private static ListCell<WordStyleRole> roleCell(UiText text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(WordStyleRole item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : roleName(text, item));
            }
        };
    }
}
