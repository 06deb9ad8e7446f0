package dev.annals.exchange;

import dev.annals.model.Problem;
import dev.annals.model.SourceFile;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Opens a CSV file as a timeline, in either layout Annals writes, told apart by the first row: TimelineJS's
 * spreadsheet template (Year, …, Headline) or the plain CSV of events (start, …, headline). A file that is
 * not UTF-8 is read as Windows-1252, as spreadsheets on Windows save CSV, and the timeline says so.
 */
public final class CsvTimelines {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvTimelines() {
    }

    /** True for a file named {@code .csv}. */
    public static boolean recognises(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    public static Timeline read(Path file) throws ExchangeException, IOException {
        try {
            return read(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            try {
                Timeline t = read(file, WINDOWS_1252);
                List<Problem> problems = new ArrayList<>(t.problems());
                problems.add(0, new Problem(0, "encoding", file.getFileName()
                        + " is not UTF-8; it was read as Windows-1252 (check accented letters)"));
                return new Timeline(t.schemaVersion(), t.title(), t.source(), t.infobox(), t.locator(), t.seeAlso(),
                        t.periods(), t.events(), problems);
            } catch (CharacterCodingException again) {
                throw new ExchangeException(file + ": neither UTF-8 nor Windows-1252 text: is it a CSV file?");
            }
        }
    }

    private static Timeline read(Path file, Charset charset) throws ExchangeException, IOException {
        String name = file.getFileName().toString();
        TimelineAssembly into = new TimelineAssembly(name);
        try (CsvTable table = CsvTable.open(file, charset)) {
            if (TimelineJsCsv.isHeader(table)) {
                String title = TimelineJsCsv.read(table, into);
                return into.build(title == null || title.isBlank() ? stem(name) : title,
                        new SourceFile(name, sha256(file)), "row");
            }
            if (EventsCsv.isHeader(table)) {
                EventsCsv.read(table, into);
                return into.build(stem(name), null, "row");
            }
            throw new ExchangeException(file + ":1: the first row does not name the columns of a timeline: Annals reads"
                    + " its own CSV (start, headline, …) and TimelineJS's spreadsheet (Year, …, Headline)");
        }
    }

    /** The file name without ".csv" and ".timelinejs": "belarus" for "belarus.timelinejs.csv". */
    static String stem(String name) {
        return name.replaceFirst("(?i)(\\.timelinejs)?\\.csv$", "");
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
