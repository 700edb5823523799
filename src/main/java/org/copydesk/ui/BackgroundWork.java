package org.copydesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

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
}
