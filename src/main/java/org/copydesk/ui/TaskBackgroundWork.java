package org.copydesk.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

/** {@link BackgroundWork} as a JavaFX {@link Task} on the application's background executor. */
final class TaskBackgroundWork implements BackgroundWork {
    private final Executor background;

    TaskBackgroundWork(Executor background) {
        this.background = Objects.requireNonNull(background);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> succeeded, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> succeeded.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        background.execute(task);
    }

    @Override
    public <T> ObservableValue<Number> runWithProgress(Function<Progress, T> work, Consumer<T> succeeded,
                                                       Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                // Task.updateProgress hands each figure to the UI thread, coalesced.
                return work.apply(this::updateProgress);
            }
        };
        task.setOnSucceeded(e -> succeeded.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        background.execute(task);
        return task.progressProperty();
    }
}
