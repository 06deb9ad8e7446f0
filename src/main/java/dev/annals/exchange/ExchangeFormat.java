package dev.annals.exchange;

import dev.annals.json.TimelineJson;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The files a timeline can be written as, each with its name on the command line and its file ending. */
public enum ExchangeFormat {
    TIMELINE("timeline", ".timeline.json", "an Annals timeline"),
    TIMELINEJS("timelinejs", ".timelinejs.json", "TimelineJS JSON"),
    TIMELINEJS_CSV("timelinejs-csv", ".timelinejs.csv", "a TimelineJS spreadsheet"),
    CSV("csv", ".csv", "a CSV of the events");

    private final String name;
    private final String ending;
    private final String description;

    ExchangeFormat(String name, String ending, String description) {
        this.name = name;
        this.ending = ending;
        this.description = description;
    }

    /** The word for it on the command line ("timelinejs-csv"). */
    public String formatName() {
        return name;
    }

    /** What it is in words ("TimelineJS JSON"). */
    public String description() {
        return description;
    }

    /** True when the format writes CSV, where a byte-order mark may be asked for. */
    public boolean isCsv() {
        return this == TIMELINEJS_CSV || this == CSV;
    }

    /** The format with this command-line name. */
    public static Optional<ExchangeFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The format a file name asks for by its ending, the longest ending first; any other ".json" is a timeline. */
    public static Optional<ExchangeFormat> forFile(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        Optional<ExchangeFormat> byEnding = Arrays.stream(values())
                .sorted(Comparator.comparingInt((ExchangeFormat f) -> f.ending.length()).reversed())
                .filter(f -> n.endsWith(f.ending)).findFirst();
        return byEnding.isPresent() || !n.endsWith(".json") ? byEnding : Optional.of(TIMELINE);
    }

    /** "timeline, timelinejs, timelinejs-csv or csv". */
    public static String names() {
        return orList(Arrays.stream(values()).map(f -> f.name).toList());
    }

    /** ".timeline.json, .timelinejs.json, .timelinejs.csv or .csv". */
    public static String endings() {
        return orList(Arrays.stream(values()).map(f -> f.ending).toList());
    }

    private static String orList(List<String> words) {
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** Writes {@code timeline} to {@code out}, which stays open; {@code byteOrderMark} only matters for CSV. */
    public void write(Timeline timeline, OutputStream out, boolean byteOrderMark) throws IOException {
        switch (this) {
            case TIMELINE -> TimelineJson.write(timeline, out);
            case TIMELINEJS -> TimelineJsJson.write(timeline, out);
            case TIMELINEJS_CSV -> TimelineJsCsv.write(timeline, out, byteOrderMark);
            case CSV -> EventsCsv.write(timeline, out, byteOrderMark);
        }
    }
}
