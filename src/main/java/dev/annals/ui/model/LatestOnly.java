package dev.annals.ui.model;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Requests of one kind (opening, filtering, searching) where only the latest counts: each runs in the
 * background, and the outcome of one overtaken by a newer request, or by a result shown at once, is
 * dropped when it ends. {@link #runningProperty()} follows the latest request, not the first to end.
 */
final class LatestOnly {
    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private long latest;

    LatestOnly(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code work} in the background; its outcome is handed over only if no request came after it. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        long request = ++latest;
        running.set(true);
        tasks.run(work, result -> {
            if (request == latest) {
                running.set(false);
                onSuccess.accept(result);
            }
        }, error -> {
            if (request == latest) {
                running.set(false);
                onFailure.accept(error);
            }
        });
    }

    /** Drops the outcome of any request still running: what it would show has been replaced. */
    void supersede() {
        latest++;
        running.set(false);
    }

    /** True while the latest request runs. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
