package dev.annals.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** An executor that only queues: the test runs each piece of work when it chooses, in any order. */
public final class StepExecutor implements Executor {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public void execute(Runnable work) {
        queued.add(work);
    }

    public int pending() {
        return queued.size();
    }

    /** Runs the work queued {@code n}th (0 the oldest still waiting) and takes it off the queue. */
    public void run(int n) {
        queued.remove(n).run();
    }
}
