package org.copydesk.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.copydesk.store.StaleArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debounced saving of one edited value: a save starts {@link AutosaveContext#delay()} after the
 * last edit, runs on the background executor, and its outcome comes back on the UI thread. At most
 * one save is in flight; edits made meanwhile are saved by the next one. A stale save stops
 * saving until the owner {@link #resume() resumes}, so nothing is overwritten behind the user's back.
 *
 * <p>All methods are called on the UI thread.
 *
 * @param <T> the saved value
 */
public final class Autosave<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    private final Supplier<T> current;
    private final Function<T, T> store;
    private final Consumer<T> onSaved;
    private final AutosaveContext context;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(new SaveState.Clean());
    private final List<CompletableFuture<SaveState>> flushWaiters = new ArrayList<>();
    private Runnable cancelTimer = () -> { };
    private boolean dirty;
    private boolean inFlight;
    private boolean saveAgain;

    /**
     * @param current the value to save, read when the save starts
     * @param store   writes a value and returns it as saved (called on the background executor)
     * @param onSaved receives the saved value on the UI thread
     */
    public Autosave(Supplier<T> current, Function<T, T> store, Consumer<T> onSaved, AutosaveContext context) {
        this.current = Objects.requireNonNull(current);
        this.store = Objects.requireNonNull(store);
        this.onSaved = Objects.requireNonNull(onSaved);
        this.context = Objects.requireNonNull(context);
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public SaveState state() {
        return state.get();
    }

    /** The value was edited: (re)start the pause before saving. */
    public void changed() {
        dirty = true;
        if (isHeld()) {
            return;
        }
        state.set(new SaveState.Unsaved());
        cancelTimer.run();
        cancelTimer = context.scheduler().schedule(context.delay(), this::saveNow);
    }

    /** Saves pending edits now; the future completes on the UI thread with the state reached. */
    public CompletableFuture<SaveState> flush() {
        cancelTimer.run();
        var done = new CompletableFuture<SaveState>();
        flushWaiters.add(done);
        saveNow();
        completeWaitersIfSettled();
        return done;
    }

    /** After a stale save was resolved (reloaded or rebased): forget the stop and save what is pending. */
    public void resume() {
        if (state.get() instanceof SaveState.Stale) {
            state.set(dirty ? new SaveState.Unsaved() : new SaveState.Clean());
        }
        if (dirty) {
            saveNow();
        }
    }

    /** The value was replaced by the stored one: nothing is pending any more. */
    public void discardPending() {
        cancelTimer.run();
        dirty = false;
        state.set(new SaveState.Saved(LocalTime.now(context.clock()).withNano(0)));
        completeWaitersIfSettled();
    }

    /**
     * Another write of this value (a restore) found it saved elsewhere: hold saving as a stale
     * autosave would, keeping the text here as not written until the owner decides.
     */
    public void holdStale(StaleArticleException stale) {
        cancelTimer.run();
        dirty = true;
        LOG.info("saving held: {}", stale.getMessage());
        state.set(new SaveState.Stale(stale.getMessage(), stale.actualVersion()));
    }

    private boolean isHeld() {
        return state.get() instanceof SaveState.Stale;
    }

    private void saveNow() {
        if (!dirty || isHeld()) {
            return;
        }
        if (inFlight) {
            saveAgain = true;
            return;
        }
        dirty = false;
        inFlight = true;
        state.set(new SaveState.Saving());
        T value = current.get();
        context.background().execute(() -> {
            try {
                T saved = store.apply(value);
                context.ui().execute(() -> succeeded(saved));
            } catch (RuntimeException e) {
                context.ui().execute(() -> failed(e));
            }
        });
    }

    private void succeeded(T saved) {
        inFlight = false;
        onSaved.accept(saved);
        state.set(dirty ? new SaveState.Unsaved() : new SaveState.Saved(LocalTime.now(context.clock()).withNano(0)));
        if (saveAgain || !flushWaiters.isEmpty()) {
            saveAgain = false;
            saveNow();
        }
        completeWaitersIfSettled();
    }

    private void failed(RuntimeException e) {
        inFlight = false;
        saveAgain = false;
        dirty = true;
        if (e instanceof StaleArticleException stale) {
            LOG.info("autosave stopped: {}", stale.getMessage());
            state.set(new SaveState.Stale(stale.getMessage(), stale.actualVersion()));
        } else if (e instanceof CheckoutLostException) {
            // Expected when a colleague broke the check-out: the window says so, no stack trace needed.
            LOG.info("autosave refused: {}", e.getMessage());
            state.set(new SaveState.Failed(e.getMessage()));
        } else {
            LOG.warn("autosave failed", e);
            state.set(new SaveState.Failed(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        flushWaiters.forEach(w -> w.complete(state.get()));
        flushWaiters.clear();
    }

    private void completeWaitersIfSettled() {
        if (!inFlight && (!dirty || isHeld())) {
            flushWaiters.forEach(w -> w.complete(state.get()));
            flushWaiters.clear();
        }
    }
}
