package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AutosaveStateTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Runnable> background = new ArrayList<>();
    private final AtomicReference<String> value = new AtomicReference<>("a");
    private final List<String> stored = new ArrayList<>();

    private Autosave<String> autosave() {
        var context = new AutosaveContext(background::add, Runnable::run, scheduler, scheduler.clock(), Duration.ofSeconds(2));
        return new Autosave<>(value::get, v -> { stored.add(v); return v; }, v -> { }, context);
    }

    @Test
    void aFlushWaitsForTheSaveInFlightAndThenSavesTheRest() {
        var autosave = autosave();
        value.set("b");
        autosave.changed();
        scheduler.advance(Duration.ofSeconds(2));
        value.set("c");
        autosave.changed();

        var flushed = autosave.flush();
        assertThat(flushed).isNotDone();
        background.remove(0).run();
        assertThat(flushed).isNotDone();
        background.remove(0).run();

        assertThat(flushed).isCompleted();
        assertThat(stored).containsExactly("b", "c");
    }

    @Test
    void nothingEditedMeansNothingSaved() {
        var autosave = autosave();
        assertThat(autosave.flush()).isCompleted();
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(background).isEmpty();
        assertThat(autosave.state()).isInstanceOf(SaveState.Clean.class);
    }

    @Test
    void theDelayMayNotExceedTwoSeconds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AutosaveContext(Runnable::run, Runnable::run,
                scheduler, scheduler.clock(), Duration.ofMillis(2001))).isInstanceOf(IllegalArgumentException.class);
    }
}
