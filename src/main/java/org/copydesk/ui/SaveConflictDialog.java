package org.copydesk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.model.Article;

/**
 * The save-conflict dialog: mine (editable, for a merge by hand) beside theirs (read-only), each with
 * 引题, 主题, 副题, 记者 and the body, and three choices: take theirs, keep mine as a new revision,
 * save the merge. Closing it without choosing leaves the editor's stale bar to decide later. It
 * closes by itself when the conflict is settled another way (the bar's buttons).
 */
final class SaveConflictDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Stage stage = new Stage();
    private final SaveConflict conflict;
    private final List<TextField> mineFields;
    private final TextArea mineBody;

    private SaveConflictDialog(UiText text, Window owner, SaveConflict conflict) {
        this.conflict = conflict;
        Article mine = conflict.mine();
        Article theirs = conflict.theirs();
        mineFields = List.of(field(mine.kicker(), true), field(mine.headline(), true), field(mine.subtitle(), true),
                field(mine.byline(), true));
        mineFields.get(1).setId("conflict-mine-headline");
        mineBody = area(SaveConflict.bodyText(mine), true);
        mineBody.setId("conflict-mine-body");
        var theirFields = List.of(field(theirs.kicker(), false), field(theirs.headline(), false),
                field(theirs.subtitle(), false), field(theirs.byline(), false));
        TextArea theirBody = area(SaveConflict.bodyText(theirs), false);
        theirBody.setId("conflict-theirs-body");

        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        var labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, half(), half());
        var mineTitle = new Label(text.get("conflict.mine"));
        var theirTitle = new Label(text.format("conflict.theirs", theirs.version(),
                TIME.format(theirs.updated().atZone(ZoneId.systemDefault()))));
        mineTitle.getStyleClass().add("conflict-title");
        theirTitle.getStyleClass().add("conflict-title");
        grid.add(mineTitle, 1, 0);
        grid.add(theirTitle, 2, 0);
        String[] keys = {"editor.kicker", "editor.headline", "editor.subtitle", "editor.byline"};
        for (int i = 0; i < keys.length; i++) {
            grid.addRow(i + 1, new Label(text.get(keys[i])), mineFields.get(i), theirFields.get(i));
        }
        grid.addRow(5, new Label(text.get("conflict.body")), mineBody, theirBody);
        GridPane.setVgrow(mineBody, Priority.ALWAYS);
        GridPane.setVgrow(theirBody, Priority.ALWAYS);

        var explain = new Label(text.get("conflict.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var takeTheirs = button(text.get("conflict.takeTheirs"), "conflict-take-theirs", () -> choose(conflict::takeTheirs));
        var keepMine = button(text.get("conflict.keepMine"), "conflict-keep-mine", () -> choose(conflict::keepMine));
        var merge = button(text.get("conflict.merge"), "conflict-merge", () -> choose(() -> conflict.merge(
                mineFields.get(0).getText(), mineFields.get(1).getText(), mineFields.get(2).getText(),
                mineFields.get(3).getText(), mineBody.getText())));
        merge.setDefaultButton(true);
        var later = button(text.get("conflict.later"), "conflict-later", stage::close);
        later.setCancelButton(true);
        var spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var buttons = new HBox(8, later, spacer, takeTheirs, keepMine, merge);
        var root = new VBox(10, explain, grid, buttons);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 1000, 600));
        stage.getScene().getStylesheets().addAll(owner == null || owner.getScene() == null ? List.of()
                : owner.getScene().getStylesheets());
        stage.setTitle(text.get("conflict.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
    }

    /**
     * Shows the conflict of {@code editor} with the stored {@code theirs}; the dialog closes by itself
     * once the editor is no longer stale.
     */
    static SaveConflictDialog show(UiText text, Window owner, ArticleEditorModel editor, Article theirs) {
        var dialog = new SaveConflictDialog(text, owner, new SaveConflict(editor, theirs));
        ChangeListener<SaveState> settled = (obs, old, now) -> {
            if (!(now instanceof SaveState.Stale)) {
                dialog.stage.close();
            }
        };
        editor.saveStateProperty().addListener(settled);
        dialog.stage.setOnHidden(e -> editor.saveStateProperty().removeListener(settled));
        dialog.stage.show();
        return dialog;
    }

    /**
     * Reads the stored story in the background and shows the dialog for {@code editor}, if it is
     * still stale by then. A story deleted meanwhile leaves the stale bar to say so.
     */
    static void openFor(ArticleEditorModel editor, org.copydesk.store.EditionRepository repository,
                        BackgroundWork work, UiText text, Window owner) {
        String id = editor.article().id();
        work.run(() -> repository.article(id), stored -> {
            if (stored.isPresent() && editor.saveStateProperty().get() instanceof SaveState.Stale) {
                show(text, owner, editor, stored.get());
            }
        }, error -> Alerts.error(owner, text, text.get("conflict.title"),
                error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    Stage stage() {
        return stage;
    }

    SaveConflict conflict() {
        return conflict;
    }

    private void choose(Runnable choice) {
        choice.run();
        stage.close();
    }

    private static TextField field(String value, boolean editable) {
        var field = new TextField(value);
        field.setEditable(editable);
        return field;
    }

    private static TextArea area(String value, boolean editable) {
        var area = new TextArea(value);
        area.setEditable(editable);
        area.setWrapText(true);
        area.setPrefRowCount(14);
        return area;
    }

    private static Button button(String label, String id, Runnable action) {
        var button = new Button(label);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static ColumnConstraints half() {
        var c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setPercentWidth(45);
        return c;
    }
}
