package dev.annals.ui.model;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where the window's work runs: long work (reading a file, filtering a large timeline, exporting) on the
 * background executor, and its outcome handed back on the UI executor. The app gives a background thread
 * and the JavaFX thread; tests give the calling thread for both, or executors they step by hand, so the
 * view model is tested with no toolkit and no sleeps.
 */
public final class TaskExecutor {
    private final Executor ui;
    private final Executor background;

    /**
     * @param ui         runs what updates the view model (in the app, {@code Platform::runLater})
     * @param background runs the long work
     */
    public TaskExecutor(Executor ui, Executor background) {
        this.ui = ui;
        this.background = background;
    }

    /** Both on the calling thread: the work and its outcome are done when {@code run} returns. */
    public static TaskExecutor direct() {
        return new TaskExecutor(Runnable::run, Runnable::run);
    }

    /** Runs {@code work} in the background, then {@code onSuccess} with its result, or {@code onFailure}, on the UI executor. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | OutOfMemoryError e) { // a file too large for the heap is the user's to hear of
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Runs {@code update} on the UI executor (progress from background work). */
    public void onUi(Runnable update) {
        ui.execute(update);
    }
}
