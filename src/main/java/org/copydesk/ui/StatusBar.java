package org.copydesk.ui;

import org.copydesk.typeset.TextLength;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.copydesk.typeset.Copyfit;

/** The bottom line: where the data lives, 字数 and copyfit of the selected story, autosave state. */
final class StatusBar {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final UiText text;
    private final Label database = new Label();
    private final Label count = new Label();
    private final Label copyfit = new Label();
    private final Label saveState = new Label();
    private final Label activity = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Label preflight = new Label();
    private final HBox root;

    StatusBar(UiText text, String databaseDescription) {
        this.text = text;
        database.setId("status-database");
        count.setId("status-count");
        copyfit.setId("status-copyfit");
        saveState.setId("status-save");
        activity.setId("status-activity");
        progress.setPrefWidth(120);
        progress.setVisible(false);
        cancel.setId("status-cancel");
        cancel.setText(text.get("task.cancel"));
        cancel.getStyleClass().add("small");
        showCancel(null);
        preflight.setId("status-preflight");
        database.setText(text.format("status.database", databaseDescription));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(10, database, activity, progress, cancel, spacer, preflight, separator(), count, separator(), copyfit, separator(), saveState);
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 10, 3, 10));
    }

    Node node() {
        return root;
    }

    Label countLabel() {
        return count;
    }

    /** A message about background work (export, import, backup) and its progress, if running. */
    void showActivity(String message, ObservableValue<Number> running) {
        showActivity(message, running, null);
    }

    /**
     * A message about background work, its progress, and a Cancel button while {@code cancelAction}
     * is given (pressing it once disables it: the work stops at its next safe point).
     */
    void showActivity(String message, ObservableValue<Number> running, Runnable cancelAction) {
        showCancel(cancelAction);
        activity.setText(message);
        progress.progressProperty().unbind();
        if (running == null) {
            progress.setVisible(false);
        cancel.setId("status-cancel");
        cancel.setText(text.get("task.cancel"));
        cancel.getStyleClass().add("small");
        showCancel(null);
        preflight.setId("status-preflight");
        } else {
            progress.progressProperty().bind(running);
            progress.setVisible(true);
        }
    }

    private void showCancel(Runnable action) {
        cancel.setVisible(action != null);
        cancel.setManaged(action != null);
        cancel.setDisable(false);
        cancel.setOnAction(action == null ? null : e -> {
            cancel.setDisable(true);
            action.run();
        });
    }

    Button cancelButton() {
        return cancel;
    }

    ProgressBar progressBar() {
        return progress;
    }

    /** The preflight summary of the open edition. */
    void showPreflight(String summary) {
        preflight.setText(summary);
    }

    Label preflightLabel() {
        return preflight;
    }

    Label activityLabel() {
        return activity;
    }

    void showCount(Optional<TextLength> counted) {
        count.setText(counted.map(c -> c.latinWords() == 0
                ? text.format("status.count", c.zi())
                : text.format("status.countWithLatin", c.zi(), c.latinWords())).orElse(""));
    }

    void showCopyfit(Optional<Copyfit> fit) {
        copyfit.setText(fit.map(f -> text.format("status.copyfit", text.chinese() ? f.summaryZh() : f.summaryEn()))
                .orElse(""));
        // Touch the style class only when the state changes: each change makes the label's CSS
        // apply again, and this runs on every keystroke.
        boolean overset = fit.filter(Copyfit::overset).isPresent();
        if (overset != copyfit.getStyleClass().contains("overset")) {
            if (overset) {
                copyfit.getStyleClass().add("overset");
            } else {
                copyfit.getStyleClass().remove("overset");
            }
        }
    }

    void showSaveState(Optional<SaveState> state) {
        saveState.setText(state.map(this::describe).orElse(""));
    }

    private String describe(SaveState state) {
        if (state instanceof SaveState.Saved saved) {
            return text.format("save.saved", TIME.format(saved.at()));
        } else if (state instanceof SaveState.Unsaved) {
            return text.get("save.unsaved");
        } else if (state instanceof SaveState.Saving) {
            return text.get("save.saving");
        } else if (state instanceof SaveState.Stale) {
            return text.get("save.stale");
        } else if (state instanceof SaveState.Failed failed) {
            return text.format("save.failed", failed.message());
        }
        return text.get("save.clean");
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
