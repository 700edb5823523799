package org.copydesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;

/** {@link BackgroundWork} that waits until the test runs the queued pieces, in order. */
final class QueuedWork implements BackgroundWork {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> succeeded, Consumer<Throwable> failed) {
        queued.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            succeeded.accept(result);
        });
    }

    @Override
    public <T> ObservableValue<Number> runWithProgress(Function<Progress, T> work, Consumer<T> succeeded,
                                                       Consumer<Throwable> failed) {
        var progress = new SimpleDoubleProperty(-1);
        run(() -> work.apply((done, total) -> progress.set(done / total)), succeeded, failed);
        return progress;
    }

    int size() {
        return queued.size();
    }

    /** Runs the oldest piece and its outcome handler; false when nothing was queued. */
    boolean runNext() {
        Runnable next = queued.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    void runAll() {
        while (runNext()) {
            // each piece may queue another
        }
    }
}
