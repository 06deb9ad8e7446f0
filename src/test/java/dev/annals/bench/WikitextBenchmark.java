package dev.annals.bench;

import dev.annals.article.MediaWikiExport;
import dev.annals.loader.LoaderOptions;
import dev.annals.open.OpenException;
import dev.annals.open.TimelineFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reading articles as wikitext against Annals' text markup, in MB of input per second: the 71
 * wtf_wikipedia articles one file at a time, the four plain articles of the tests the same way, and a
 * Special:Export file of about 50 MB built from the fixtures (many pages): listing its pages, and opening
 * its last page. Run with bench/wikitext.sh; it prints its figures.
 */
public final class WikitextBenchmark {
    private static final Path FIXTURES = Path.of("src/test/resources/wtf_wikipedia");
    private static final List<Path> PLAIN = List.of(Path.of("seeds/belarus-nato-relations.txt"),
            Path.of("src/test/resources/articles/finland-eu-relations.txt"),
            Path.of("src/test/resources/articles/norway-iceland-fisheries.txt"),
            Path.of("src/test/resources/articles/poland-lithuania-energy.txt"));
    private static final long EXPORT_BYTES = 50_000_000;
    private static final int RUNS = 5;

    private WikitextBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Path> wiki;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            wiki = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < 3; i++) { // warm-up
            readAll(wiki, 1);
            readAll(PLAIN, 20);
        }
        long wikiBytes = bytes(wiki);
        long plainBytes = bytes(PLAIN);
        int plainRepeats = (int) Math.max(1, wikiBytes / plainBytes);
        double bestWiki = 0;
        double bestPlain = 0;
        for (int r = 0; r < RUNS; r++) {
            bestWiki = Math.max(bestWiki, wikiBytes / 1e6 / seconds(() -> readAll(wiki, 1)));
            bestPlain = Math.max(bestPlain, plainBytes * plainRepeats / 1e6 / seconds(() -> readAll(PLAIN, plainRepeats)));
        }
        System.out.printf(Locale.ROOT, "wikitext, %d articles (%.1f MB): best %.1f MB/s%n", wiki.size(), wikiBytes / 1e6, bestWiki);
        System.out.printf(Locale.ROOT, "Annals' text markup, %d articles x %d (%.1f MB): best %.1f MB/s%n", PLAIN.size(),
                plainRepeats, plainBytes * plainRepeats / 1e6, bestPlain);
        System.out.printf(Locale.ROOT, "wikitext / plain: %.2f%n", bestWiki / bestPlain);

        Path export = Path.of("target/bench-export.xml");
        int pages = writeExport(wiki, export);
        double size = Files.size(export) / 1e6;
        MediaWikiExport reader = new MediaWikiExport(export, LoaderOptions.DEFAULTS);
        List<String> titles = reader.titles();
        String last = titles.get(titles.size() - 1);
        for (int r = 0; r < RUNS; r++) {
            double list = seconds(() -> new MediaWikiExport(export, LoaderOptions.DEFAULTS).titles());
            double open = seconds(() -> TimelineFiles.read(export, LoaderOptions.DEFAULTS, last));
            System.out.printf(Locale.ROOT, "export of %d pages, %.1f MB: pages listed in %.0f ms (%.1f MB/s), "
                    + "last page opened in %.0f ms (%.1f MB/s)%n", pages, size, list * 1e3, size / list, open * 1e3, size / open);
        }
    }

    private static long bytes(List<Path> files) throws IOException {
        long n = 0;
        for (Path p : files) {
            n += Files.size(p);
        }
        return n;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void readAll(List<Path> files, int times) throws OpenException {
        for (int i = 0; i < times; i++) {
            for (Path p : files) {
                TimelineFiles.read(p, LoaderOptions.DEFAULTS, null);
            }
        }
    }

    /** The fixtures as pages of one export, again and again under new titles, until it holds 50 MB. */
    private static int writeExport(List<Path> wiki, Path export) throws IOException {
        int pages = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            out.write("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\" xml:lang=\"en\">\n");
            while (written < EXPORT_BYTES) {
                for (Path p : wiki) {
                    String text = Files.readString(p, StandardCharsets.UTF_8).replace("&", "&amp;").replace("<", "&lt;")
                            .replace(">", "&gt;");
                    String page = "  <page>\n    <title>" + p.getFileName().toString().replace(".txt", "").replace("&", "&amp;")
                            .replace("<", "&lt;") + " " + pages + "</title>\n    <ns>0</ns>\n    <revision>\n"
                            + "      <text bytes=\"" + text.length() + "\" xml:space=\"preserve\">" + text + "</text>\n"
                            + "    </revision>\n  </page>\n";
                    out.write(page);
                    written += page.length();
                    pages++;
                }
            }
            out.write("</mediawiki>\n");
        }
        return pages;
    }
}
