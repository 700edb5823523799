package org.copydesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;

/**
 * Runs work off the UI thread and hands its outcome back on the UI thread. The window runs each
 * piece as a {@link javafx.concurrent.Task} ({@link TaskBackgroundWork}); view-model tests pass a
 * queue they drain by hand, so the order of events is theirs to choose.
 */
interface BackgroundWork {

    /**
     * @param work      runs on a background thread
     * @param succeeded receives the result on the UI thread
     * @param failed    receives the failure on the UI thread
     */
    <T> void run(Callable<T> work, Consumer<T> succeeded, Consumer<Throwable> failed);

    /**
     * As {@link #run}, for long work that says how far it has got (an export, page by page).
     *
     * @return the progress for a status bar: -1 until the work first reports, then done / total
     */
    <T> ObservableValue<Number> runWithProgress(Function<Progress, T> work, Consumer<T> succeeded,
                                                Consumer<Throwable> failed);

    /** Where long work reports its progress, from its own thread. */
    interface Progress {
        void report(double done, double total);
    }
}
