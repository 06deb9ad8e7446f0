package dev.annals.bench;

import dev.annals.json.TimelineJson;
import dev.annals.layout.EventIndex;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Timeline;
import dev.annals.ui.timeline.YearAxis;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * How the explorer copes with large timelines: for 10 000, 100 000 and 1 000 000 synthetic events, the
 * time to open a timeline file (read and index), the heap it takes, and the axis's work per frame
 * (in CPU time: the scene's layout pass and the axis's drawing calls) while panning and zooming, with the
 * software pipeline.
 * Run with bench/axis.sh; it prints one block of figures per size.
 */
public final class AxisBenchmark {
    private static final int FRAMES = 400;
    /** Frames are timed in the FX thread's CPU time, which a busy shared machine does not stretch. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private AxisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false); // the stage of one size closes before the next opens
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB, prism %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("prism.order"));
        for (int n : sizes) {
            run(n);
        }
        Platform.exit();
    }

    private static void run(int n) throws Exception {
        Path file = Files.createTempFile("annals-bench", ".timeline.json");
        TimelineJson.write(SyntheticTimeline.of(n, 42), file);
        long bytes = Files.size(file);
        System.gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        Timeline timeline = TimelineJson.read(file);
        long t1 = System.nanoTime();
        EventIndex index = new EventIndex(timeline.events());
        long t2 = System.nanoTime();
        System.gc();
        long heapAfter = usedHeap();
        Files.delete(file);

        CompletableFuture<double[]> frames = new CompletableFuture<>();
        Platform.runLater(() -> frames(timeline, index, frames));
        double[] ms = frames.get();
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT,
                "%,9d events: file %.1f MB, read %.0f ms, index %.0f ms, heap %+.0f MB; frame work p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                n, bytes / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (heapAfter - heapBefore) / 1e6,
                ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1]);
    }

    /**
     * Pans and zooms across the whole timeline, one step a frame, timing each frame from the change of
     * window to the end of the layout pass, after which the axis has drawn (it draws once a pulse): the
     * scene's CSS and layout passes and the axis's layout and canvas calls.
     */
    private static void frames(Timeline timeline, EventIndex index, CompletableFuture<double[]> result) {
        YearAxis axis = new YearAxis();
        Stage stage = new Stage();
        StackPane root = new StackPane(axis);
        Scene scene = new Scene(root, 1600, 320);
        stage.setScene(scene);
        stage.show();
        root.applyCss();
        root.layout();
        if (axis.getSkin() == null || axis.getWidth() < 1000) {
            throw new IllegalStateException("the axis was not laid out; frame times would measure nothing");
        }
        axis.periodsProperty().set(timeline.periods());
        axis.setIndex(index);
        TimeWindow all = index.fittingWindow();
        axis.setWindow(all);
        axis.setSelectedEvent(timeline.events().get(timeline.events().size() / 2));
        double[] ms = new double[2 * FRAMES]; // a warm-up sweep (JIT, the label width cache), then the measured one
        long[] changed = new long[1];
        int[] frame = {-1};
        TimeWindow[] w = {all};
        Runnable afterLayout = () -> {
            if (frame[0] >= 0 && frame[0] < ms.length) {
                ms[frame[0]] = (CPU.getCurrentThreadCpuTime() - changed[0]) / 1e6;
            }
        };
        scene.addPostLayoutPulseListener(afterLayout); // after the axis's own, which draws
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame[0]++;
                if (frame[0] == ms.length) {
                    stop();
                    scene.removePostLayoutPulseListener(afterLayout);
                    stage.close();
                    result.complete(Arrays.copyOfRange(ms, FRAMES, ms.length));
                    return;
                }
                w[0] = step(w[0], all, frame[0] % FRAMES);
                changed[0] = CPU.getCurrentThreadCpuTime();
                axis.setWindow(w[0]);
            }
        }.start();
    }

    private static TimeWindow step(TimeWindow w, TimeWindow all, int f) {
        return switch (f / 100) {
            case 0 -> w.zoom(0.93, all.centre());          // zoom in from a century towards months
            case 1 -> w.pan(w.span() * 0.05);              // pan at that zoom
            case 2 -> w.zoom(1.07, w.centre());            // zoom back out
            default -> w.pan(-w.span() * 0.03);             // pan across the whole timeline
        };
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
