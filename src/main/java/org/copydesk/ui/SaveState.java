package org.copydesk.ui;

import java.time.LocalTime;

/** Where the autosave of one edited value stands, as the status bar shows it. */
public sealed interface SaveState {

    /** Nothing edited since it was loaded. */
    record Clean() implements SaveState {
    }

    /** Edited, waiting for the pause that triggers the save. */
    record Unsaved() implements SaveState {
    }

    /** A save is running on the background executor. */
    record Saving() implements SaveState {
    }

    /** Saved at this wall-clock time. */
    record Saved(LocalTime at) implements SaveState {
    }

    /** Someone else saved in between; the user's text is kept and not written until they decide. */
    record Stale(String message, long storedVersion) implements SaveState {
    }

    /** The store refused; the text is kept and saving is retried on the next edit. */
    record Failed(String message) implements SaveState {
    }

    /** Whether there is text that only exists in this editor. */
    default boolean holdsUnsavedText() {
        return !(this instanceof Clean) && !(this instanceof Saved);
    }
}
