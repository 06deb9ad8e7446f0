package dev.annals.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.annals.loader.HostileShapes;
import dev.annals.loader.LoadException;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.Timeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How fast the loader reads pathological articles ({@link HostileShapes}) and in how much heap. Each shape
 * loads in a JVM of its own whose maximum heap is 40 times the article (room to measure), after a
 * warm-up load of 1 MB of the same shape; it prints the time (wall clock, and the CPU time of the loading
 * thread, which a shared machine inflates less), MB/s by CPU time and the most heap still in use after
 * any garbage collection, over what the JVM held before (the article's bytes and the timeline included). Run with bench/hostile.sh [MB] (default 32, the
 * size limit); a shape that runs out of that heap says so.
 */
public final class HostileBenchmark {
    private static final int MB = 1_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HostileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            measure(HostileShapes.valueOf(args[0]), (int) (Double.parseDouble(args[1]) * MB));
            return;
        }
        double size = args.length > 0 ? Double.parseDouble(args[0]) : 32;
        long heap = (long) (size * MB * 40);
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s; each shape %.0f MB in a JVM with -Xmx%dm%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), size, heap >> 20);
        System.out.printf(Locale.ROOT, "%-22s %10s %8s %8s %8s %9s %10s %6s%n", "shape", "bytes", "wall s", "CPU s",
                "MB/s CPU", "events", "live heap", "× file");
        for (HostileShapes shape : HostileShapes.values()) {
            System.out.println(child(shape, size, heap));
        }
    }

    /** Runs one shape in a new JVM with the given heap and this JVM's other options; its one line of figures. */
    private static String child(HostileShapes shape, double size, long heap) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx" + (heap >> 20) + "m");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Xmx")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HostileBenchmark.class.getName(),
                shape.name(), Double.toString(size)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.append(out.length() == 0 ? "" : " | ").append(line);
            }
        }
        int code = p.waitFor();
        return code == 0 ? out.toString() : String.format(Locale.ROOT, "%-22s failed (exit %d): %s", shape, code, out);
    }

    private static void measure(HostileShapes shape, int chars) throws LoadException {
        load(shape.bytes(MB)); // warm-up
        LiveHeap live = new LiveHeap();
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        byte[] bytes = shape.bytes(chars);
        System.gc();
        live.start();
        long t = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        Timeline timeline = load(bytes);
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        double seconds = (System.nanoTime() - t) / 1e9;
        live.stopAndCollect();
        long heap = live.peak() - before; // the article's bytes included, as when the loader reads a file
        System.out.printf(Locale.ROOT, "%-22s %,10d %8.2f %8.2f %8.1f %,9d %7.0f MB %6.1f%n", shape, bytes.length,
                seconds, cpuSeconds, bytes.length / 1e6 / cpuSeconds, timeline.events().size(), heap / 1e6,
                (double) heap / bytes.length);
    }

    private static Timeline load(byte[] bytes) throws LoadException {
        return new TimelineLoader().load("hostile.txt", bytes);
    }

    /** The largest heap in use right after a garbage collection while started: what was still reachable. */
    private static final class LiveHeap {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean on;

        LiveHeap() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                    if (on && n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        peak.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }

        void start() {
            on = true;
        }

        /** One collection at the end, with the timeline still held, so a load with no collection of its own counts. */
        void stopAndCollect() {
            System.gc();
            on = false;
        }

        long peak() {
            return peak.get();
        }
    }
}
