package org.copydesk.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Edit &gt; Undo and Redo wherever the focus is: a text box with typing to undo undoes its typing;
 * anywhere else (the page, the navigator, the status list, or a text box with nothing left) the
 * window's newest {@link Change} — make-up or a status — is put back, and the status bar says which.
 */
final class WindowUndo {

    /** Puts a change's state back: its {@code before} when undoing, its {@code after} when redoing. */
    interface Restorer {
        /**
         * @param failed called on the UI thread when the restored state could not be saved; the
         *               change is then forgotten by the history
         */
        void restore(Change change, boolean undoing, Runnable failed);
    }

    private final FocusedTextEditing editing;
    private final EditHistory history;
    private final Restorer restorer;
    private final UiText text;
    private final Consumer<String> tell;

    WindowUndo(FocusedTextEditing editing, EditHistory history, Restorer restorer, UiText text, Consumer<String> tell) {
        this.editing = Objects.requireNonNull(editing);
        this.history = Objects.requireNonNull(history);
        this.restorer = Objects.requireNonNull(restorer);
        this.text = Objects.requireNonNull(text);
        this.tell = Objects.requireNonNull(tell);
    }

    void undo() {
        if (editing.canUndo()) {
            editing.undo();
            return;
        }
        history.undo().ifPresentOrElse(change -> {
            tell.accept(text.format("change.undone", change.describe(text)));
            restorer.restore(change, true, () -> history.forget(change));
        }, () -> tell.accept(text.get("change.nothingToUndo")));
    }

    void redo() {
        if (editing.canRedo()) {
            editing.redo();
            return;
        }
        history.redo().ifPresentOrElse(change -> {
            tell.accept(text.format("change.redone", change.describe(text)));
            restorer.restore(change, false, () -> history.forget(change));
        }, () -> tell.accept(text.get("change.nothingToRedo")));
    }

    EditHistory history() {
        return history;
    }
}
