package org.copydesk.ui;

import java.time.Duration;

/**
 * Runs an action on the UI thread after a delay. The application uses JavaFX timers; tests use a
 * manual clock so debouncing is deterministic.
 */
public interface DelayScheduler {

    /** Schedules the action; the returned handle cancels it if it has not run yet. */
    Runnable schedule(Duration delay, Runnable action);
}
