package org.copydesk.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every autosave needs: where the store is called, where results come back, the debounce
 * timer and the clock for "saved at".
 *
 * @param background runs store calls (never the FX thread in the application)
 * @param ui         runs result handling on the UI thread ({@code Platform::runLater})
 * @param scheduler  debounce timer
 * @param clock      wall clock for the saved time
 * @param delay      pause after the last edit before saving (at most 2 s)
 */
public record AutosaveContext(Executor background, Executor ui, DelayScheduler scheduler, Clock clock, Duration delay) {
    /** The house rule: every edit is persisted within two seconds. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(1500);

    public AutosaveContext {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(clock, "clock");
        if (delay.isNegative() || delay.compareTo(Duration.ofSeconds(2)) > 0) {
            throw new IllegalArgumentException("autosave delay must be between 0 and 2 s: " + delay);
        }
    }
}
