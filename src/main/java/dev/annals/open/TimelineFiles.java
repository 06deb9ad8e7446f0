package dev.annals.open;

import dev.annals.exchange.CsvTimelines;
import dev.annals.exchange.ExchangeException;
import dev.annals.exchange.TimelineJsJson;
import dev.annals.json.TimelineFormatException;
import dev.annals.json.TimelineJson;
import dev.annals.loader.LoadException;
import dev.annals.loader.LoaderOptions;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens an article or a timeline file by its name: ".json" is a timeline (TimelineJS's when it looks like
 * one), ".csv" a spreadsheet of events, anything else an article.
 */
public final class TimelineFiles {
    /** The Belarus–NATO timeline that ships inside the application. */
    public static final String EMBEDDED = "/data/belarus-nato-relations.timeline.json";

    private TimelineFiles() {
    }

    /** True when the file holds a timeline (JSON or CSV) rather than an article. */
    public static boolean isArticle(Path file) {
        return !isTimeline(file) && !CsvTimelines.recognises(file);
    }

    /** True when the file holds a timeline in JSON rather than an article. */
    public static boolean isTimeline(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public static Timeline open(Path file, LoaderOptions options) throws OpenException {
        try {
            if (!isArticle(file)) {
                // A timeline takes about as much memory as its file: refuse at once what could never fit.
                long size = Files.size(file);
                long memory = Runtime.getRuntime().maxMemory();
                if (size > memory) {
                    throw new OpenException(String.format(Locale.ROOT,
                            "%s: too large to open (%,d MB of %s; Annals may use at most %,d MB of memory)",
                            file, size / 1_000_000, isTimeline(file) ? "JSON" : "CSV", memory / 1_000_000));
                }
            }
            if (TimelineJsJson.recognises(file)) {
                return TimelineJsJson.read(file);
            }
            if (CsvTimelines.recognises(file)) {
                return CsvTimelines.read(file);
            }
            if (isTimeline(file)) {
                return TimelineJson.read(file);
            }
            return new TimelineLoader(options).load(file);
        } catch (LoadException | TimelineFormatException | ExchangeException e) {
            throw new OpenException(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new OpenException(file + ": no such file");
        } catch (IOException e) {
            throw new OpenException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** The timeline bundled with the application. */
    public static Timeline embedded() {
        try (InputStream in = TimelineFiles.class.getResourceAsStream(EMBEDDED)) {
            if (in == null) {
                throw new IllegalStateException(EMBEDDED + " is missing from the application");
            }
            return TimelineJson.read(in, EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TimelineFormatException e) {
            throw new IllegalStateException("the embedded timeline is broken: " + e.getMessage(), e);
        }
    }
}
