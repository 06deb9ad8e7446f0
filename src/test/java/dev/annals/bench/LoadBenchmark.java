package dev.annals.bench;

import dev.annals.loader.LoaderOptions;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.Timeline;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How fast the loader reads an article to a timeline, and how much heap that needs: articles of 1, 10 and
 * 100 MB made by repeating the test articles and the date corpus, each copy under a heading of its own
 * and with its years moved on, so the dates differ from copy to copy. Prints MB/s of wall time and per
 * CPU-second of the whole JVM (the collector's threads count too) and of the reading thread alone (the
 * fair figure on a shared machine), and the most heap still
 * in use after any collection during the read. Run with bench/load.sh [MB ...].
 */
public final class LoadBenchmark {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(1[89]\\d\\d|20[0-4]\\d)(?!\\d)");
    private static final int WARM_UPS = 5;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1, 10, 100} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s, max heap %d MB, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        List<String> bodies = bodies();
        Path dir = Files.createTempDirectory("annals-load-bench");
        try {
            Path warm = write(dir, bodies, 1);
            TimelineLoader loader = new TimelineLoader(LoaderOptions.DEFAULTS.withMaxBytes(LoaderOptions.LARGEST_MB * LoaderOptions.MB));
            for (int i = 0; i < WARM_UPS; i++) {
                loader.load(warm);
            }
            for (int mb : sizes) {
                Path file = write(dir, bodies, mb);
                long bytes = Files.size(file);
                LiveHeap live = new LiveHeap();
                System.gc();
                live.start();
                long cpu = os.getProcessCpuTime();
                long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long t = System.nanoTime();
                Timeline timeline = loader.load(file);
                double seconds = (System.nanoTime() - t) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
                double threadSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu) / 1e9;
                live.stop();
                System.out.printf(Locale.ROOT,
                        "%4d MB article (%,d bytes, %,d events): %.2f s, %.1f MB/s, %.1f MB per CPU-second of the JVM, "
                                + "%.1f of the reading thread, live heap at most %.0f MB (%.1f x the file)%n",
                        mb, bytes, timeline.events().size(), seconds, bytes / 1e6 / seconds, bytes / 1e6 / cpuSeconds,
                        bytes / 1e6 / threadSeconds,
                        live.peak() / 1e6, (double) live.peak() / bytes);
                Files.delete(file);
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** The test articles without their title lines, and the date corpus as one section of paragraphs. */
    static List<String> bodies() throws Exception {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                bodies.add(text.substring(text.indexOf('\n') + 1));
            }
        }
        StringBuilder corpus = new StringBuilder("== Corpus ==\n");
        for (String line : Files.readAllLines(Path.of("src/test/resources/dates/corpus.txt"), StandardCharsets.UTF_8)) {
            if (line.contains("=>") && !line.startsWith("#")) {
                corpus.append(line, 0, line.indexOf("=>")).append("\n\n");
            }
        }
        bodies.add(corpus.toString());
        return bodies;
    }

    /** An article of about {@code mb} MB: the bodies over and over, copy {@code i} under "Part i" with its years moved on. */
    static Path write(Path dir, List<String> bodies, int mb) throws Exception {
        StringBuilder text = new StringBuilder(mb * 1_050_000).append("= Load benchmark =\n\n");
        for (int copy = 0; text.length() < mb * 1_000_000; copy++) {
            String body = bodies.get(copy % bodies.size());
            int shift = copy / bodies.size() % 50;
            Matcher m = YEAR.matcher(body);
            StringBuilder moved = new StringBuilder(body.length());
            while (m.find()) {
                m.appendReplacement(moved, Integer.toString(Integer.parseInt(m.group(1)) + shift));
            }
            m.appendTail(moved);
            text.append("== Part ").append(copy + 1).append(" ==\n").append(moved.toString().replace("\n== ", "\n=== "))
                    .append('\n');
        }
        Path file = dir.resolve("article-" + mb + "mb.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
