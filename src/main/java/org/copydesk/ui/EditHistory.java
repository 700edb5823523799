package org.copydesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The window's undo and redo lists of {@link Change}s. Taking a change off one list moves it to the
 * other; a change whose save failed is {@linkplain #forget forgotten}, so undo never puts back a
 * state the database never had. A new change empties the redo list, as in every editor.
 */
final class EditHistory {
    /** Enough for a make-up session's slips; older changes are dropped first. */
    static final int DEPTH = 50;

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();

    void record(Change change) {
        push(undo, Objects.requireNonNull(change));
        redo.clear();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The newest change, now on the redo list; the caller puts its {@code before} back. */
    Optional<Change> undo() {
        Change change = undo.pollFirst();
        if (change != null) {
            push(redo, change);
        }
        return Optional.ofNullable(change);
    }

    /** The newest undone change, back on the undo list; the caller puts its {@code after} back. */
    Optional<Change> redo() {
        Change change = redo.pollFirst();
        if (change != null) {
            push(undo, change);
        }
        return Optional.ofNullable(change);
    }

    /** Takes a change off both lists: what it would put back was never saved, or no longer can be. */
    void forget(Change change) {
        undo.remove(change);
        redo.remove(change);
    }

    /** Forgets every change: the pages and stories they name are no longer on screen. */
    void clear() {
        undo.clear();
        redo.clear();
    }

    private static void push(Deque<Change> list, Change change) {
        list.addFirst(change);
        while (list.size() > DEPTH) {
            list.removeLast();
        }
    }
}
