package dev.annals.ui.model;

import java.util.concurrent.Executor;
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

    public void run(Task<?> task) {
        executor.execute(task);
    }
}
