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
import org.copydesk.store.EditionRepository;
import org.copydesk.ui.RevisionsModel.Row;

/**
 * Story > Revisions…: the saved revisions of the story on the left (version, time, 字数, first
 * line), the selected one read-only on the right, and Restore, which closes the dialog and puts
 * that text back in the editor as a new revision.
 */
final class RevisionsDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UiText text;
    private final RevisionsModel model;
    private final Dialog<Row> dialog = new Dialog<>();
    private final ListView<Row> list = new ListView<>();
    private final TextArea preview = new TextArea();
    private final ZoneId zone;

    /**
     * Lists the revisions of the story in {@code editor} and lets the user restore one; what came of
     * it goes to {@code tell} for the status bar.
     */
    static void open(ArticleEditorModel editor, EditionRepository repository, BackgroundWork work, UiText text,
                     Window owner, Consumer<String> tell) {
        var revisions = new RevisionsModel(editor, repository, work);
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
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                preview.setText(now == null ? "" : RevisionsModel.previewText(now.article())));
        model.rows().addListener((javafx.collections.ListChangeListener<Row>) change -> {
            if (!model.rows().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        model.stateProperty().addListener((obs, old, now) -> {
            if (now instanceof RevisionsModel.State.Failed failed) {
                list.setPlaceholder(new Label(text.format("revisions.failed", failed.message())));
            }
        });

        var split = new SplitPane(list, preview);
        split.setDividerPositions(0.45);
        var content = new BorderPane(split);
        content.setPrefSize(860, 480);
        dialog.getDialogPane().setContent(content);

        var restore = new ButtonType(text.get("revisions.restore"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore,
                new ButtonType(text.get("revisions.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var restoreButton = dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("revision-restore");
        // The current text cannot be restored onto itself.
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Row selected = list.getSelectionModel().getSelectedItem();
            return selected == null || selected.version() == model.currentVersion();
        }, list.getSelectionModel().selectedItemProperty()));
        dialog.setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnHidden(e -> {
            Row chosen = dialog.getResult();
            if (chosen != null) {
                model.restore(chosen);
            }
        });
    }

    /** Three short lines (which and how long, when, how it begins) fit a narrow list. */
    private Node entry(Row row) {
        String current = row.version() == model.currentVersion() ? text.get("revisions.current") : "";
        var heading = new Label(text.format("revisions.row", row.version(), row.zi()) + current);
        heading.getStyleClass().add("revision-heading");
        var time = new Label(TIME.format(row.savedAt().atZone(zone)));
        time.getStyleClass().add("revision-time");
        var first = new Label(row.firstLine());
        return new VBox(1, heading, time, first);
    }

    /** Shows the dialog without waiting and starts loading the list (after pending edits are saved). */
    void show() {
        dialog.show();
        // Arrow keys walk the revisions and the preview follows, without a click first.
        list.requestFocus();
        model.load();
    }
}
