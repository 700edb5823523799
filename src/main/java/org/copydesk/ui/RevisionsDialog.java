package org.copydesk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.ui.RevisionsModel.Row;

/**
 * Story > Revisions…: the saved revisions of the story on the left (version, author, time, 字数,
 * first line); on the right the selected one read-only and what changed, inline or side by side,
 * between two selected revisions or the selected one and the current text; and Restore (Ctrl+R),
 * which closes the dialog and puts that text back in the editor as a new revision that Undo takes
 * back. Enter shows the changes.
 */
final class RevisionsDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final javafx.scene.input.KeyCombination RESTORE_KEY =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+R");

    private final UiText text;
    private final RevisionsModel model;
    private final Dialog<Row> dialog = new Dialog<>();
    private final ListView<Row> list = new ListView<>();
    private final TextArea preview = new TextArea();
    private final DiffViews diff = new DiffViews();
    private final Label compared = new Label();
    private final javafx.scene.control.TabPane views = new javafx.scene.control.TabPane();
    private final ZoneId zone;
    private SplitPane split;

    /**
     * Lists the revisions of the story in {@code editor} and lets the user restore one; what came of
     * it goes to {@code tell} for the status bar.
     */
    static void open(ArticleEditorModel editor, UiServices services, BackgroundWork work, UiText text,
                     Window owner, Consumer<String> tell, Consumer<Change> undoable) {
        var revisions = new RevisionsModel(editor, services.repository(), services.desk().revisions(), work);
        revisions.onRestored(undoable);
        revisions.stateProperty().addListener((obs, old, now) -> {
            if (now instanceof RevisionsModel.State.Restored restored) {
                tell.accept(text.format("revisions.restored", restored.fromVersion(), restored.newVersion()));
            } else if (now instanceof RevisionsModel.State.Stale) {
                tell.accept(text.get("revisions.stale"));
            } else if (now instanceof RevisionsModel.State.Failed failed) {
                tell.accept(text.format("revisions.failed", failed.message()));
            }
        });
        new RevisionsDialog(text, owner, revisions, ZoneId.systemDefault()).show();
    }

    RevisionsDialog(UiText text, Window owner, RevisionsModel model, ZoneId zone) {
        this.text = Objects.requireNonNull(text);
        this.model = Objects.requireNonNull(model);
        this.zone = Objects.requireNonNull(zone);
        dialog.initOwner(owner);
        dialog.setTitle(text.get("revisions.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        list.setId("revisions-list");
        list.setItems(model.rows());
        list.setPlaceholder(new Label(text.get("revisions.loading")));
        list.setCellFactory(view -> new ListCell<>() {
            {
                // As wide as the list, never wider: long first lines end in an ellipsis, no scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : entry(row));
            }
        });
        preview.setId("revision-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                preview.setText(now == null ? "" : RevisionsModel.previewText(now.article())));
        list.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<Row>) change -> showComparison());
        model.rows().addListener((javafx.collections.ListChangeListener<Row>) change -> {
            selectCurrentIfNone();
            // The list may clear its selection after this listener for the same change: look again.
            javafx.application.Platform.runLater(this::selectCurrentIfNone);
        });
        model.stateProperty().addListener((obs, old, now) -> {
            if (now instanceof RevisionsModel.State.Failed failed) {
                list.setPlaceholder(new Label(text.format("revisions.failed", failed.message())));
            }
        });

        compared.setId("revision-compared");
        views.setId("revision-views");
        compared.getStyleClass().add("revision-compared");
        compared.setWrapText(true);
        var textTab = new javafx.scene.control.Tab(text.get("revisions.tab.text"), preview);
        var inlineTab = new javafx.scene.control.Tab(text.get("revisions.tab.inline"), diff.inlineNode());
        inlineTab.setId("revision-inline-tab");
        var sideTab = new javafx.scene.control.Tab(text.get("revisions.tab.sideBySide"), diff.sideBySideNode());
        sideTab.setId("revision-side-tab");
        views.getTabs().setAll(inlineTab, sideTab, textTab);
        views.getTabs().forEach(tab -> tab.setClosable(false));
        var right = new BorderPane(views);
        right.setTop(compared);
        var split = new SplitPane(list, right);
        split.setDividerPositions(0.3);
        this.split = split;
        var content = new BorderPane(split);
        content.setPrefSize(1100, 600);
        dialog.getDialogPane().setContent(content);

        var restore = new ButtonType(text.get("revisions.restoreAsNew"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore,
                new ButtonType(text.get("revisions.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var restoreButton = dialog.getDialogPane().lookupButton(restore);
        ButtonBar.setButtonUniformSize(restoreButton, false);
        ((javafx.scene.control.Button) restoreButton).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ((javafx.scene.control.Button) restoreButton).setTooltip(new javafx.scene.control.Tooltip("Ctrl+R"));
        restoreButton.setId("revision-restore");
        // The current text cannot be restored onto itself, and only one revision at a time.
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Row selected = list.getSelectionModel().getSelectedItem();
            return selected == null || selected.version() == model.currentVersion()
                    || list.getSelectionModel().getSelectedItems().size() != 1;
        }, list.getSelectionModel().selectedItemProperty(), list.getSelectionModel().getSelectedItems()));
        dialog.setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
        dialog.getDialogPane().getStylesheets().add(java.util.Objects.requireNonNull(
                RevisionsDialog.class.getResource("copydesk.css"), "copydesk.css missing").toExternalForm());
        // Enter compares (it would press Restore, the default button); Ctrl+R restores.
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                showComparison();
                views.getSelectionModel().select(inlineTab);
            } else if (RESTORE_KEY.match(e)) {
                e.consume();
                if (!restoreButton.isDisabled()) {
                    ((javafx.scene.control.Button) restoreButton).fire();
                }
            }
        });
        dialog.setOnHidden(e -> {
            Row chosen = dialog.getResult();
            if (chosen != null) {
                model.restore(chosen);
            }
        });
    }

    /**
     * What changed: between the two selected revisions, or from the selected one to the current
     * text, or (the current one selected) the change that made the current text.
     */
    private void showComparison() {
        var selected = java.util.List.copyOf(list.getSelectionModel().getSelectedItems());
        var rows = model.rows();
        java.util.Optional<Row> current = model.currentRow();
        Row from = null;
        Row to = null;
        if (selected.size() >= 2) {
            from = selected.get(0);
            to = selected.get(selected.size() - 1);
        } else if (selected.size() == 1 && current.isPresent()) {
            from = selected.get(0);
            to = current.get();
            if (from.version() == to.version()) {
                int index = rows.indexOf(from);
                from = index + 1 < rows.size() ? rows.get(index + 1) : from;
            }
        }
        if (from == null || to == null) {
            diff.clear();
            compared.setText("");
            return;
        }
        var comparison = model.compare(from, to);
        diff.show(comparison.ops());
        long changes = comparison.ops().stream().filter(op -> op.isChange()).count();
        compared.setText(comparison.same()
                ? text.format("revisions.comparedSame", comparison.from().version(), comparison.to().version())
                : text.format("revisions.compared", comparison.from().version(), author(comparison.from().author()),
                        comparison.to().version(), author(comparison.to().author()), comparison.hunks().size(), changes));
    }

    private void selectCurrentIfNone() {
        if (!list.getItems().isEmpty() && list.getSelectionModel().getSelectedItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    DiffViews diffViews() {
        return diff;
    }

    private String author(java.util.Optional<String> name) {
        return name.orElse(text.get("revisions.unknownAuthor"));
    }

    /** Three short lines (which, who and how long, when, how it begins) fit a narrow list. */
    private Node entry(Row row) {
        String current = row.version() == model.currentVersion() ? text.get("revisions.current") : "";
        var heading = new Label(text.format("revisions.rowBy", row.version(), author(row.author()), row.zi()) + current);
        heading.getStyleClass().add("revision-heading");
        var time = new Label(TIME.format(row.savedAt().atZone(zone)));
        time.getStyleClass().add("revision-time");
        var first = new Label(row.firstLine());
        return new VBox(1, heading, time, first);
    }

    /** Shows the dialog without waiting and starts loading the list (after pending edits are saved). */
    void show() {
        dialog.show();
        // Some window managers (openbox) show a new dialog smaller than its content asks; say it again.
        dialog.setWidth(Math.max(dialog.getWidth(), 1100));
        dialog.setHeight(Math.max(dialog.getHeight(), 680));
        split.setDividerPositions(0.3);
        // Arrow keys walk the revisions and the preview follows, without a click first.
        list.requestFocus();
        model.load();
    }
}
