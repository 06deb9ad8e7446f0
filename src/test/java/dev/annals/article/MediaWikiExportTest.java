package dev.annals.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annals.loader.LoaderOptions;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export made with its history holds every revision of a page; the newest is the article. */
class MediaWikiExportTest {
    @TempDir
    Path dir;

    private static String revision(String timestamp, String text) {
        return "<revision><timestamp>" + timestamp + "</timestamp><text xml:space=\"preserve\">" + text + "</text></revision>";
    }

    private List<String> texts(String pages) throws Exception {
        Path file = dir.resolve("export.xml");
        Files.writeString(file, "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\">" + pages + "</mediawiki>");
        Timeline timeline = TimelineFiles.read(file, LoaderOptions.DEFAULTS, null).timeline();
        return timeline.events().stream().map(Event::text).toList();
    }

    @Test
    void thePageIsReadAtItsLatestRevisionNotItsFirst() throws Exception {
        assertEquals(List.of("The treaty was signed in 2004."), texts("<page><title>A</title>"
                + revision("2019-01-01T00:00:00Z", "The treaty was signed in 1999.")
                + revision("2021-05-01T00:00:00Z", "The treaty was signed in 2004.")
                + "</page>"));
    }

    @Test
    void theNewestRevisionWinsWhereverItStandsInThePage() throws Exception {
        assertEquals(List.of("The treaty was signed in 2004."), texts("<page><title>A</title>"
                + revision("2021-05-01T00:00:00Z", "The treaty was signed in 2004.")
                + revision("2019-01-01T00:00:00Z", "The treaty was signed in 1999.")
                + "</page>"));
    }
}
