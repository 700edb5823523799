package org.copydesk.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Debounce timer on the FX thread: a {@link PauseTransition} per scheduled action. */
final class FxDelayScheduler implements DelayScheduler {
    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        var pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
