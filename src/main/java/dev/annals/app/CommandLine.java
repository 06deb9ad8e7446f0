package dev.annals.app;

import dev.annals.export.DateBound;
import dev.annals.export.ExportException;
import dev.annals.export.ExportOptions;
import dev.annals.export.ExportProgress;
import dev.annals.export.ExportRequest;
import dev.annals.export.ExportSummary;
import dev.annals.export.GeoMapDrawer;
import dev.annals.export.Paper;
import dev.annals.export.PeriodExport;
import dev.annals.exchange.ExchangeFormat;
import dev.annals.exchange.TimelineExcerpt;
import dev.annals.files.AtomicFile;
import dev.annals.geo.CountryMatcher;
import dev.annals.geo.LocatorMap;
import dev.annals.files.OutputException;
import dev.annals.files.OutputTarget;
import dev.annals.json.TimelineJson;
import dev.annals.loader.LoaderOptions;
import dev.annals.model.Event;
import dev.annals.model.Locator;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.Problem;
import dev.annals.model.Timeline;
import dev.annals.open.ManyPagesException;
import dev.annals.open.OpenException;
import dev.annals.open.OpenedFile;
import dev.annals.open.TimelineFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The headless commands: {@code load} (article to JSON), {@code export} (a period to PDF), {@code convert}
 * (to and from the files other tools read) and {@code info} (what a file holds).
 * Errors go to stderr as one line each, with exit code 1; a usage mistake exits with 2.
 */
final class CommandLine {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              java -jar annals.jar [FILE]                        open the window (on FILE, or the embedded timeline)
              java -jar annals.jar load ARTICLE [-o OUT.json]    read an article, write its timeline as JSON
              java -jar annals.jar export INPUT --from DATE --to DATE -o OUT.pdf [--paper a4|letter] [--no-map]
                                                                 write the events of a period as a PDF
              java -jar annals.jar convert INPUT -o OUT [--format F] [--from DATE] [--to DATE] [--bom]
                                                                 write a timeline (or a period's events) as
                                                                 .timeline.json, .timelinejs.json, .timelinejs.csv or .csv
              java -jar annals.jar info INPUT                    summarise an article or timeline
              java -jar annals.jar --smoke                       open the window, print the start-up time, quit
              java -jar annals.jar --version                     print the version
            Options:
              --from, --to DATE  the period to export, both included: YYYY, YYYY-MM or YYYY-MM-DD
                                 (--from is the first day of that year or month, --to the last)
              --paper SIZE       a4 (default) or letter
              --no-map           leave the locator map out of the PDF
              --format F         convert: timeline, timelinejs, timelinejs-csv or csv (default: from OUT's name)
              --bom              convert: start a CSV with a byte-order mark (for Excel)
              --max-size MB      refuse articles larger than this many megabytes (default 32, up to 2000)
              --                 what follows is a file name, even when it starts with '-'
              --page TITLE       the page of a MediaWiki export (.xml) to read
            An article may be Annals' text markup, wikitext (.wiki), a MediaWiki export (.xml), a saved
            Wikipedia page (.html) or text copied from one (.txt); the format is told by name and content.
              -h, --help         show this text""";

    private final PrintStream out;
    private final PrintStream err;

    CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * True when the arguments ask for the window: none, or only existing files and {@code --smoke}.
     * Anything else (a command, an option, a word that names no file) is for this class, which then
     * explains a mistake on the terminal instead of starting the window.
     */
    static boolean opensWindow(String... args) {
        for (String arg : args) {
            if (!arg.equals(StartupProbe.OPTION) && !isExistingFile(arg)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExistingFile(String arg) {
        try {
            return !arg.isEmpty() && Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    int run(String... args) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        String command = rest.poll();
        if (command == null || command.equals("-h") || command.equals("--help") || command.equals("help")) {
            out.println(USAGE_TEXT);
            return OK;
        }
        if (command.equals("--version")) {
            out.println("Annals " + version());
            return OK;
        }
        try {
            Arguments a = Arguments.parse(rest);
            return switch (command) {
                case "load" -> load(a);
                case "export" -> export(a);
                case "convert" -> convert(a);
                case "info" -> info(a);
                default -> usage(notACommand(command));
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (OutOfMemoryError e) {
            err.printf(Locale.ROOT, "annals: not enough memory for '%s' (Java may use at most %,d MB here; give it more"
                    + " with java -Xmx…)%n", command, Runtime.getRuntime().maxMemory() / 1_000_000);
            return FAILED;
        } catch (RuntimeException e) {
            // A bug must still read as one line, not a stack trace; the trace helps only a developer.
            err.println("annals: internal error while running '" + command + "': " + e
                    + " (please report it with the input file)");
            return FAILED;
        }
    }

    private static String notACommand(String word) {
        if (word.startsWith("-")) {
            return "'" + word + "' is not an option here: options come after the command (load, export, convert, info)";
        }
        if (isExistingFile(word)) {
            return "to open " + word + " in the window, give it alone";
        }
        return "'" + word + "' is neither a command (load, export, convert, info) nor an existing file";
    }

    /** The version Maven wrote into the jar; a build from the classes folder has none. */
    private static String version() {
        try (InputStream in = CommandLine.class.getResourceAsStream("/META-INF/maven/dev.annals/annals/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "(development build)");
        } catch (IOException e) {
            return "(development build)";
        }
    }

    /** Refuses an output that cannot be written or is the input, with one line on stderr; true when refused. */
    private boolean refusesOutput(Path output, Path input) {
        try {
            OutputTarget.checkWritable(output);
            OutputTarget.checkNotInput(output, input);
            return false;
        } catch (OutputException e) {
            err.println(e.getMessage());
            return true;
        }
    }

    private int load(Arguments a) throws UsageException {
        Path input = a.input("load");
        if (a.output() != null && refusesOutput(a.output(), input)) {
            return FAILED;
        }
        try {
            Timeline timeline = TimelineFiles.read(input, a.options(), a.page()).timeline();
            reportProblems(timeline, input);
            if (a.output() == null) {
                TimelineJson.write(timeline, out);
                out.flush();
                if (out.checkError()) { // a PrintStream keeps write errors to itself: "> /dev/full" would pass
                    err.println("stdout: cannot be written (is the disk full, or has the reader gone?)");
                    return FAILED;
                }
            } else {
                TimelineJson.write(timeline, a.output());
                err.printf("%s: %d events, %d periods written to %s%n", input, timeline.events().size(),
                        timeline.periods().size(), a.output());
            }
            return OK;
        } catch (OpenException e) {
            return openFailed(e);
        } catch (OutputException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println((a.output() == null ? "stdout" : a.output()) + ": cannot be written: " + e.getMessage());
            return FAILED;
        }
    }

    private int export(Arguments a) throws UsageException {
        Path input = a.input("export");
        if (a.output() == null) {
            throw new UsageException("export needs -o OUT.pdf");
        }
        if (a.from() == null || a.to() == null) {
            throw new UsageException("export needs --from and --to (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        PartialDate from = bound("--from", a.from());
        PartialDate to = bound("--to", a.to());
        if (refusesOutput(a.output(), input)) {
            return FAILED;
        }
        Paper paper;
        try {
            paper = a.paper() == null ? Paper.A4 : Paper.parse(a.paper());
        } catch (ExportException e) {
            throw new UsageException("--paper: " + e.getMessage());
        }
        Timeline timeline;
        try {
            timeline = TimelineFiles.read(input, a.options(), a.page()).timeline();
        } catch (OpenException e) {
            return openFailed(e);
        }
        ExportRequest request;
        try {
            request = ExportRequest.period(timeline, from, to);
        } catch (ExportException e) {
            err.println(input + ": " + e.getMessage());
            return FAILED;
        }
        try {
            ExportOptions options = ExportOptions.DEFAULTS.withPaper(paper).withMap(!a.noMap())
                    .withMapDrawer(new GeoMapDrawer());
            ExportSummary s = PeriodExport.write(request, options, a.output(), ExportProgress.NONE);
            err.printf("%s: %s (%s) on %s written to %s%n", input, plural(s.events(), "event"),
                    request.periodInWords(), plural(s.pages(), "page"), a.output());
            return OK;
        } catch (ExportException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private int convert(Arguments a) throws UsageException {
        Path input = a.input("convert");
        if (a.output() == null) {
            throw new UsageException("convert needs -o OUT (" + ExchangeFormat.endings() + ")");
        }
        ExchangeFormat format = a.format() != null
                ? ExchangeFormat.named(a.format()).orElseThrow(() -> new UsageException(
                        "--format: '" + a.format() + "' is not a format: " + ExchangeFormat.names()))
                : ExchangeFormat.forFile(a.output()).orElseThrow(() -> new UsageException("cannot tell the format from '"
                        + a.output().getFileName() + "': name it " + ExchangeFormat.endings() + ", or give --format"));
        if (a.bom() && !format.isCsv()) {
            throw new UsageException("--bom is for CSV output only");
        }
        LocalDate from = a.from() == null ? LocalDate.of(1, 1, 1) : bound("--from", a.from()).firstDay();
        LocalDate to = a.to() == null ? LocalDate.of(9999, 12, 31) : bound("--to", a.to()).lastDay();
        if (refusesOutput(a.output(), input)) {
            return FAILED;
        }
        Timeline timeline;
        try {
            timeline = TimelineFiles.read(input, a.options(), a.page()).timeline();
        } catch (OpenException e) {
            return openFailed(e);
        }
        reportProblems(timeline, input);
        Timeline excerpt;
        try {
            ExportRequest period = ExportRequest.period(timeline, from, to);
            excerpt = TimelineExcerpt.of(timeline, from, to, period.events());
        } catch (ExportException e) {
            err.println(input + ": " + e.getMessage());
            return FAILED;
        }
        try {
            AtomicFile.write(a.output(), out -> format.write(excerpt, out, a.bom()));
        } catch (OutputException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println(a.output() + ": cannot be written: " + e.getMessage());
            return FAILED;
        }
        err.printf("%s: %s, %s written to %s as %s%n", input, plural(excerpt.events().size(), "event"),
                plural(excerpt.periods().size(), "period"), a.output(), format.description());
        return OK;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static PartialDate bound(String option, String value) throws UsageException {
        try {
            return DateBound.parse(value);
        } catch (ExportException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private int info(Arguments a) throws UsageException {
        Path input = a.input("info");
        OpenedFile opened;
        try {
            opened = TimelineFiles.read(input, a.options(), a.page());
        } catch (OpenException e) {
            return openFailed(e);
        }
        Timeline t = opened.timeline();
        out.println("title: " + t.title());
        out.println("format: " + opened.format().description());
        if (t.source() != null) {
            out.println("source: " + t.source().file() + " (sha256 " + t.source().sha256() + ")");
        }
        List<Event> events = t.events();
        out.println("events: " + events.size() + (events.isEmpty() ? ""
                : ", " + events.get(0).start().toText() + " to " + lastDate(events)));
        Map<String, Long> byCategory = events.stream()
                .collect(Collectors.groupingBy(Event::category, TreeMap::new, Collectors.counting()));
        if (!byCategory.isEmpty()) {
            out.println("categories: " + byCategory.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        Map<String, Long> byBasis = events.stream()
                .collect(Collectors.groupingBy(e -> e.dateBasis().name().toLowerCase(java.util.Locale.ROOT),
                        TreeMap::new, Collectors.counting()));
        if (!byBasis.isEmpty()) {
            out.println("dated by: " + byBasis.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        out.println("periods: " + t.periods().size() + (t.periods().isEmpty() ? ""
                : " (" + t.periods().stream().map(Period::label).collect(Collectors.joining(", ")) + ")"));
        Locator l = t.locator();
        if (l == null) {
            out.println("locator: none (no map in the infobox and no member-state list)");
        } else {
            out.println("locator: " + String.join(", ", List.of(
                    "subject " + orNone(l.subject()), "organisation " + orNone(l.organisation()),
                    "projection " + orNone(l.projection()), l.memberStates().size() + " member states",
                    "map " + orNone(l.map()))));
        }
        if (l != null) {
            LocatorMap map = LocatorMap.of(l, CountryMatcher.standard());
            out.println("map: " + map.summary());
            map.unmatched().forEach(name -> err.println(input + ": locator: no map shape for '" + name + "'"));
        }
        out.println("see also: " + t.seeAlso().size());
        out.println("problems: " + t.problems().size());
        for (Problem p : t.problems()) {
            out.println("  " + p.describe());
        }
        return OK;
    }

    private static String lastDate(List<Event> events) {
        return events.stream().map(Event::last).max(Comparable::compareTo).orElseThrow().toText();
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : s;
    }

    /** The timeline's problems on stderr, each named by the file it was read from (the input when it names none). */
    /** Says why the input could not be opened (for an export of several pages, how to choose one). */
    private int openFailed(OpenException e) {
        err.println(e.getMessage() + (e instanceof ManyPagesException ? " with --page TITLE" : ""));
        return FAILED;
    }

    private void reportProblems(Timeline timeline, Path input) {
        String file = timeline.source() == null ? input.getFileName().toString() : timeline.source().file();
        for (Problem p : timeline.problems()) {
            err.println(file + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.kind() + ": " + p.message());
        }
    }

    private int usage(String message) {
        err.println("annals: " + message);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    /** A mistake in how the command was called. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The arguments after the command word; {@code from}, {@code to} and {@code paper} as typed, or null. */
    record Arguments(List<String> positional, Path output, LoaderOptions options, String from, String to, String paper,
            boolean noMap, String page, String format, boolean bom) {
        static Arguments parse(Deque<String> args) throws UsageException {
            List<String> positional = new java.util.ArrayList<>();
            Path output = null;
            LoaderOptions options = LoaderOptions.DEFAULTS;
            String from = null;
            String to = null;
            String paper = null;
            boolean noMap = false;
            boolean optionsEnded = false;
            String page = null;
            String format = null;
            boolean bom = false;
            while (!args.isEmpty()) {
                String arg = args.poll();
                if (optionsEnded) {
                    positional.add(arg);
                    continue;
                }
                switch (arg) {
                    case "--" -> optionsEnded = true;
                    case "-o", "--output" -> output = path(value(arg, args));
                    case "--from" -> from = value(arg, args);
                    case "--to" -> to = value(arg, args);
                    case "--paper" -> paper = value(arg, args);
                    case "--no-map" -> noMap = true;
                    case "--page" -> page = value(arg, args);
                    case "--format" -> format = value(arg, args);
                    case "--bom" -> bom = true;
                    case "--max-size" -> options = options.withMaxBytes(maxBytes(value(arg, args)));
                    default -> {
                        if (arg.startsWith("-") && arg.length() > 1) {
                            throw new UsageException("unknown option '" + arg + "'");
                        }
                        positional.add(arg);
                    }
                }
            }
            return new Arguments(positional, output, options, from, to, paper, noMap, page, format, bom);
        }

        Path input(String command) throws UsageException {
            if (positional.size() != 1) {
                throw new UsageException(command + " needs exactly one input file");
            }
            return path(positional.get(0));
        }

        /** A file name as typed; an empty one, or one this system cannot encode, is a mistake in the command. */
        private static Path path(String name) throws UsageException {
            if (name.isBlank()) {
                throw new UsageException("a file name is empty");
            }
            try {
                return Path.of(name);
            } catch (InvalidPathException e) {
                throw new UsageException("'" + name + "' is not a file name this system can use (" + e.getReason() + ")");
            }
        }

        /** Megabytes as typed, in bytes: a positive number up to 2,000 (an article is read into memory whole). */
        private static long maxBytes(String megabytes) throws UsageException {
            double mb;
            try {
                mb = Double.parseDouble(megabytes);
            } catch (NumberFormatException e) {
                mb = Double.NaN;
            }
            if (!(mb * LoaderOptions.MB >= 1 && mb <= LoaderOptions.LARGEST_MB)) {
                throw new UsageException("--max-size needs a number of megabytes above 0 and up to "
                        + LoaderOptions.LARGEST_MB + ", not '" + megabytes + "'");
            }
            return (long) (mb * LoaderOptions.MB);
        }

        private static String value(String option, Deque<String> args) throws UsageException {
            String v = args.poll();
            if (v == null) {
                throw new UsageException(option + " needs a value");
            }
            return v;
        }
    }
}
