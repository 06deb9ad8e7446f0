package dev.annals.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * Where long work (opening files, exporting) runs: one background thread in the app, the calling
 * thread in tests, so a test sees the result as soon as the task is started.
 */
public final class BackgroundTasks {
    private final Executor executor;

    public BackgroundTasks(Executor executor) {
        this.executor = executor;
    }

    /** One daemon thread, so an unfinished task never keeps the app from quitting. */
    public static BackgroundTasks singleThread() {
        return new BackgroundTasks(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "annals-background");
            t.setDaemon(true);
            return t;
        }));
    }

    public void run(Task<?> task) {
        executor.execute(task);
    }
}
