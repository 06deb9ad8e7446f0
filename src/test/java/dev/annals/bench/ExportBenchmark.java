package dev.annals.bench;

import dev.annals.export.ExportOptions;
import dev.annals.export.ExportProgress;
import dev.annals.export.ExportRequest;
import dev.annals.export.ExportSummary;
import dev.annals.export.PeriodExport;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.Timeline;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long the PDF export takes and how much heap it needs: the whole seed article in a warm JVM (best
 * and median of several runs), and synthetic periods of 1 000 and 10 000 events. "Live heap" is the
 * most heap still in use after any garbage collection during the export (timeline included): what the
 * export keeps, as opposed to the garbage it makes; "before" is the same figure before the runs. Run with
 * bench/export.sh; it prints one line per case.
 */
public final class ExportBenchmark {
    private static final int SEED_RUNS = 15;
    private static final int LARGE_RUNS = 3;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        Path dir = Files.createTempDirectory("annals-export-bench");
        try {
            Timeline seed = new TimelineLoader().load(Path.of("seeds/belarus-nato-relations.txt"));
            ExportRequest whole = ExportRequest.period(seed, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
            run("seed, whole article", whole, dir, SEED_RUNS);
            for (int n : new int[] {1_000, 10_000}) {
                Timeline synthetic = SyntheticTimeline.of(n, 42);
                ExportRequest all = ExportRequest.period(synthetic, LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
                run(String.format(Locale.ROOT, "synthetic, %,d events", n), all, dir, LARGE_RUNS);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(String name, ExportRequest request, Path dir, int runs) throws Exception {
        Path out = dir.resolve("export.pdf");
        PeriodExport.write(request, ExportOptions.DEFAULTS, out, ExportProgress.NONE); // warm-up
        double[] ms = new double[runs];
        ExportSummary summary = null;
        LiveHeap live = new LiveHeap();
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (int i = 0; i < runs; i++) {
            System.gc();
            live.start();
            long t = System.nanoTime();
            summary = PeriodExport.write(request, ExportOptions.DEFAULTS, out, ExportProgress.NONE);
            ms[i] = (System.nanoTime() - t) / 1e6;
            live.stop();
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT,
                "%-26s %,6d events, %,5d pages, %,9d bytes: best %6.1f ms, median %6.1f ms, live heap at most %3.0f MB (%3.0f MB before)%n",
                name, summary.events(), summary.pages(), summary.bytes(), ms[0], ms[runs / 2], live.peak() / 1e6,
                before / 1e6);
    }
}
