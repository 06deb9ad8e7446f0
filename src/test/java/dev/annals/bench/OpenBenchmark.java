package dev.annals.bench;

import dev.annals.model.Timeline;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.window.MemoryPreferences;
import dev.annals.ui.window.MainWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opening a large timeline as the user does it: the real window on the embedded timeline, then File >
 * Open of a timeline file, in this JVM's first read of a large file (as after a start). It prints the
 * time from the open to the first frame that shows the new timeline, and the longest time the UI thread
 * went without a frame meanwhile (what the user feels as a freeze). Run with bench/open.sh [EVENTS],
 * which writes a synthetic timeline (default 1,000,000 events) in another JVM first.
 */
public final class OpenBenchmark {
    private OpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long bytes = Files.size(file);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorService background = Executors.newSingleThreadExecutor();
        TaskExecutor tasks = new TaskExecutor(Platform::runLater, background);
        ExplorerModel model = new ExplorerModel(tasks);
        FrameGaps gaps = new FrameGaps();
        CountDownLatch shown = new CountDownLatch(1);
        long[] times = new long[2];
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            window[0] = MainWindow.load(model, MemoryPreferences.settings(), tasks);
            stage.setScene(window[0].scene(1280, 800));
            stage.show();
            window[0].controller().openEmbedded();
        });
        Thread.sleep(3000); // the start settles (map, first frames) before the user opens a file
        Platform.runLater(() -> {
            model.timelineProperty().addListener((obs, old, now) -> gaps.atNextFrame(() -> {
                times[1] = System.nanoTime();
                shown.countDown();
            }));
            gaps.start();
            times[0] = System.nanoTime();
            window[0].controller().openFile(file);
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the timeline did not open within a minute; open: "
                    + model.timelineProperty().get().title());
        }
        Thread.sleep(500); // frames after the first one that shows it: the list, the map, the overview
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(() -> {
            gaps.stop();
            stopped.countDown();
        });
        stopped.await();
        Timeline open = model.timelineProperty().get();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, jit());
        System.out.printf(Locale.ROOT,
                "%,d events (%.0f MB of JSON): open to first frame %.0f ms; longest frame gap %.0f ms; heap %.0f MB%n",
                open.events().size(), bytes / 1e6, (times[1] - times[0]) / 1e6, gaps.longestMillis(), heap / 1e6);
        Platform.exit();
        background.shutdownNow();
    }

    private static String jit() {
        boolean c1Only = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.equals("-XX:TieredStopAtLevel=1"));
        return c1Only ? "C1 only (-XX:TieredStopAtLevel=1)" : "tiered C1 and C2";
    }

    /** Watches the frames the UI thread makes and remembers the longest time between two. */
    private static final class FrameGaps extends AnimationTimer {
        private long last;
        private long longest;
        private Runnable next;

        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
            }
            last = now;
            if (next != null) {
                Runnable r = next;
                next = null;
                r.run();
            }
        }

        void atNextFrame(Runnable r) {
            next = r;
        }

        double longestMillis() {
            return longest / 1e6;
        }
    }
}
