package dev.annals.export;

import dev.annals.loader.LoadException;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Timelines, options and PDF reading shared by the export tests. */
final class ExportFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-14T10:32:00Z"), ZoneOffset.UTC);
    static final ExportOptions OPTIONS = ExportOptions.DEFAULTS.withClock(CLOCK);

    private ExportFixtures() {
    }

    static Timeline load(String path) {
        try {
            return new TimelineLoader().load(Path.of(path));
        } catch (LoadException e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }
    }

    static Timeline seed() {
        return load("seeds/belarus-nato-relations.txt");
    }

    static PDDocument open(Path pdf) {
        try {
            return Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of pages {@code from} to {@code to} (1-based), with every run of white space made one space. */
    static String text(PDDocument doc, int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path pdf) {
        try (PDDocument doc = open(pdf)) {
            return text(doc, 1, doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
