package org.copydesk.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Edit-menu commands (undo, redo, cut, copy, paste) applied to whichever text control has the
 * focus: the body area uses RichTextFX's own undo manager, the fields their built-in one.
 */
final class FocusedTextEditing {
    private final Supplier<Node> focusOwner;

    FocusedTextEditing(Supplier<Node> focusOwner) {
        this.focusOwner = focusOwner;
    }

    void undo() {
        apply(GenericStyledArea::undo, TextInputControl::undo);
    }

    void redo() {
        apply(GenericStyledArea::redo, TextInputControl::redo);
    }

    /** Whether the focused text control has typing to undo. */
    boolean canUndo() {
        Node node = focusOwner.get();
        if (node instanceof GenericStyledArea<?, ?, ?> area) {
            return area.isUndoAvailable();
        }
        return node instanceof TextInputControl field && field.isUndoable();
    }

    /** Whether the focused text control has undone typing to redo. */
    boolean canRedo() {
        Node node = focusOwner.get();
        if (node instanceof GenericStyledArea<?, ?, ?> area) {
            return area.isRedoAvailable();
        }
        return node instanceof TextInputControl field && field.isRedoable();
    }

    void cut() {
        apply(GenericStyledArea::cut, TextInputControl::cut);
    }

    void copy() {
        apply(GenericStyledArea::copy, TextInputControl::copy);
    }

    void paste() {
        apply(GenericStyledArea::paste, TextInputControl::paste);
    }

    private void apply(Consumer<GenericStyledArea<?, ?, ?>> onArea, Consumer<TextInputControl> onField) {
        Node node = focusOwner.get();
        if (node instanceof GenericStyledArea<?, ?, ?> area) {
            onArea.accept(area);
        } else if (node instanceof TextInputControl field) {
            onField.accept(field);
        }
    }
}
