package org.copydesk.ui;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.copydesk.exchange.SplitLabel;
import org.copydesk.exchange.SplitProposal;

/**
 * File > Split page text…: the stories the splitter found, each line with its story number and
 * label. The editor corrects the proposal before anything is saved: Ctrl+Up / Ctrl+Down move the
 * line to the previous / next story, Ctrl+Enter starts a new story at it, and a letter key labels it
 * (K kicker, H headline, S subtitle, R reporter, L lead, B body, U subhead, Y byline, C caption,
 * J jump, F furniture); the context menu offers the same. Save is enabled while every story has a
 * headline and some text.
 */
final class PageSplitDialog {
    /** The letter that labels a line, shown in the context menu too. */
    static final Map<SplitLabel, KeyCode> LABEL_KEYS = Map.ofEntries(
            Map.entry(SplitLabel.KICKER, KeyCode.K), Map.entry(SplitLabel.HEADLINE, KeyCode.H),
            Map.entry(SplitLabel.SUBTITLE, KeyCode.S), Map.entry(SplitLabel.REPORTER, KeyCode.R),
            Map.entry(SplitLabel.LEAD, KeyCode.L), Map.entry(SplitLabel.BODY, KeyCode.B),
            Map.entry(SplitLabel.SUBHEAD, KeyCode.U), Map.entry(SplitLabel.BYLINE, KeyCode.Y),
            Map.entry(SplitLabel.CAPTION, KeyCode.C), Map.entry(SplitLabel.JUMP, KeyCode.J),
            Map.entry(SplitLabel.FURNITURE, KeyCode.F));

    private final UiText text;
    private final PageSplitModel model;
    private final Dialog<SplitProposal> dialog = new Dialog<>();
    private final ListView<PageSplitModel.Row> list = new ListView<>();
    private final Label summary = new Label();

    PageSplitDialog(UiText text, Window owner, PageSplitModel model) {
        this.text = Objects.requireNonNull(text);
        this.model = Objects.requireNonNull(model);
        dialog.initOwner(owner);
        dialog.setTitle(text.get("split.title"));
        dialog.setHeaderText(text.get("split.header"));
        dialog.setResizable(true);

        list.setId("split-lines");
        list.setItems(model.rows());
        list.setCellFactory(view -> new RowCell());
        list.setContextMenu(contextMenu());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        summary.setId("split-summary");
        summary.setWrapText(true);

        var content = new BorderPane(list);
        content.setBottom(summary);
        BorderPane.setMargin(summary, new javafx.geometry.Insets(6, 0, 0, 0));
        content.setPrefSize(900, 560);
        dialog.getDialogPane().setContent(content);
        if (owner != null && owner.getScene() != null) {
            // The window's face (a bundled CJK font): the system's default font may have no Chinese.
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        dialog.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                PageSplitDialog.class.getResource("copydesk.css"), "copydesk.css missing").toExternalForm());

        var save = new ButtonType(text.get("split.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("split-save");
        model.rows().addListener((javafx.collections.ListChangeListener<PageSplitModel.Row>) change -> refresh(saveButton));
        refresh(saveButton);
        dialog.setResultConverter(button -> button == save ? model.proposal() : null);
    }

    /** Shows the dialog and waits: the corrected proposal, or empty when the editor cancelled. */
    Optional<SplitProposal> ask() {
        list.getSelectionModel().select(0);
        list.requestFocus();
        return dialog.showAndWait();
    }

    private void refresh(javafx.scene.Node saveButton) {
        var problems = model.problems();
        String counts = text.format("split.summary", model.storyCount(), model.furnitureCount());
        summary.setText(problems.isEmpty() ? counts : counts + "\n" + String.join("\n", problems));
        saveButton.setDisable(!problems.isEmpty() || model.storyCount() == 0);
    }

    private void keyPressed(KeyEvent e) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        if (new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN).match(e)) {
            act(index, () -> model.moveToPreviousStory(index));
        } else if (new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN).match(e)) {
            act(index, () -> model.moveToNextStory(index));
        } else if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
            act(index, () -> model.startStoryAt(index));
        } else if (!e.isShortcutDown() && !e.isAltDown()) {
            LABEL_KEYS.entrySet().stream().filter(entry -> entry.getValue() == e.getCode()).findFirst()
                    .ifPresent(entry -> act(index, () -> model.relabel(index, entry.getKey())));
        } else {
            return;
        }
        e.consume();
    }

    /** Runs a change and keeps the same line selected (the rows are replaced). */
    private void act(int index, Runnable change) {
        change.run();
        list.getSelectionModel().select(index);
        list.getFocusModel().focus(index);
    }

    private ContextMenu contextMenu() {
        var previous = item("split.toPrevious", () -> model.moveToPreviousStory(selected()));
        var next = item("split.toNext", () -> model.moveToNextStory(selected()));
        var start = item("split.newStory", () -> model.startStoryAt(selected()));
        var labels = new Menu(text.get("split.labelAs"));
        for (SplitLabel label : SplitLabel.values()) {
            var item = new MenuItem(text.format("split.labelItem", labelName(label), LABEL_KEYS.get(label).getName()));
            item.setOnAction(e -> act(selected(), () -> model.relabel(selected(), label)));
            labels.getItems().add(item);
        }
        return new ContextMenu(previous, next, start, labels);
    }

    /** The item's text names its keys; the list's key filter does the work, so nothing fires twice. */
    private MenuItem item(String key, Runnable action) {
        var item = new MenuItem(text.get(key));
        item.setOnAction(e -> {
            int index = selected();
            if (index >= 0) {
                act(index, action);
            }
        });
        return item;
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    String labelName(SplitLabel label) {
        return text.get("split.label." + label.key());
    }

    /** Story number (on the story's first line), label and text; furniture greyed. */
    private final class RowCell extends ListCell<PageSplitModel.Row> {
        private final Label story = new Label();
        private final Label label = new Label();
        private final Label line = new Label();
        private final HBox box = new HBox(8, story, label, line);

        RowCell() {
            setPrefWidth(0);
            story.setMinWidth(64);
            label.setMinWidth(84);
            label.getStyleClass().add("split-label");
            HBox.setHgrow(line, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(PageSplitModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().removeAll("split-story-start", "split-furniture");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            story.setText(row.startsStory() ? text.format("split.storyNumber", row.story()) : "");
            label.setText(labelName(row.line().label()));
            line.setText(row.line().text());
            if (row.startsStory()) {
                getStyleClass().add("split-story-start");
            }
            if (row.line().label() == SplitLabel.FURNITURE) {
                getStyleClass().add("split-furniture");
            }
            setGraphic(box);
        }
    }
}
