package dev.annals.bench;

import dev.annals.exchange.ExchangeFormat;
import dev.annals.files.AtomicFile;
import dev.annals.loader.LoaderOptions;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Converting a synthetic timeline (default 100,000 events) to each format and opening the result again,
 * as {@code annals convert} does after its read: best and median of the runs after a warm-up run.
 * Usage: {@code ConvertBenchmark [EVENTS] [RUNS]}.
 */
public final class ConvertBenchmark {
    private ConvertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Timeline timeline = SyntheticTimeline.of(events, 42);
        Path dir = Files.createTempDirectory("annals-convert");
        System.out.printf(Locale.ROOT, "%,d events, %d runs after a warm-up%n", events, runs);
        System.out.println("format          | file     | write best / median | open best / median");
        for (ExchangeFormat format : ExchangeFormat.values()) {
            Path file = dir.resolve("bench" + ending(format));
            long[] write = new long[runs];
            long[] open = new long[runs];
            for (int i = -1; i < runs; i++) {
                long t0 = System.nanoTime();
                AtomicFile.write(file, out -> format.write(timeline, out, false));
                long t1 = System.nanoTime();
                Timeline back = TimelineFiles.open(file, LoaderOptions.DEFAULTS);
                long t2 = System.nanoTime();
                if (back.events().size() != events) {
                    throw new IllegalStateException(format + " gave back " + back.events().size() + " events");
                }
                if (i >= 0) {
                    write[i] = t1 - t0;
                    open[i] = t2 - t1;
                }
            }
            System.out.printf(Locale.ROOT, "%-15s | %5.1f MB | %,6d / %,6d ms | %,6d / %,6d ms%n", format.formatName(),
                    Files.size(file) / 1e6, best(write), median(write), best(open), median(open));
            Files.delete(file);
        }
        Files.delete(dir);
    }

    private static String ending(ExchangeFormat f) {
        return switch (f) {
            case TIMELINE -> ".timeline.json";
            case TIMELINEJS -> ".timelinejs.json";
            case TIMELINEJS_CSV -> ".timelinejs.csv";
            case CSV -> ".csv";
        };
    }

    private static long best(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1_000_000;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }
}
