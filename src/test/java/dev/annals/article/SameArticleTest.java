package dev.annals.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.loader.LoaderOptions;
import dev.annals.model.Event;
import dev.annals.model.SourcePosition;
import dev.annals.model.Timeline;
import dev.annals.open.FileFormat;
import dev.annals.open.OpenedFile;
import dev.annals.open.TimelineFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed article as a person may have it (its wikitext, the saved page in the current and the old
 * heading markup, the text copied from the page) gives the same events as Annals' text markup: the
 * same dates, sentences and sections, the same locator (a copy names no map file); and every event's
 * position marks its sentence in that file.
 */
class SameArticleTest {
    private static final Path SEED = Path.of("seeds/belarus-nato-relations.txt");
    private static final Path DIR = Path.of("src/test/resources/articles");

    private static OpenedFile open(Path file) throws Exception {
        return TimelineFiles.read(file, LoaderOptions.DEFAULTS, null);
    }

    /** What a reader compares: the date, how it was found, the sentence and its section. */
    private static List<String> facts(Timeline t) {
        return t.events().stream().map(e -> e.start().toText() + (e.end() == null ? "" : " – " + e.end().toText())
                + " | " + e.dateBasis() + " | " + e.text() + " | " + e.section() + " | " + e.items()).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "belarus-nato-relations.wiki, WIKITEXT",
        "belarus-nato-relations.html, HTML",
        "belarus-nato-relations-legacy.html, HTML",
        "belarus-nato-relations-copied.txt, COPIED_TEXT"})
    void everyFormGivesTheSeedsEvents(String name, FileFormat format) throws Exception {
        Timeline seed = open(SEED).timeline();
        OpenedFile other = open(DIR.resolve(name));

        assertThat(other.format()).isEqualTo(format);
        assertThat(facts(other.timeline())).containsExactlyElementsOf(facts(seed));
        assertThat(other.timeline().periods()).isEqualTo(seed.periods().stream()
                .map(p -> new dev.annals.model.Period(p.id(), p.label(), p.start(), p.end(),
                        other.timeline().periods().stream().filter(q -> q.id().equals(p.id())).findFirst()
                                .map(dev.annals.model.Period::line).orElse(-1))).toList());
        if (format == FileFormat.COPIED_TEXT) { // a copy has no file names: the map panel works from the member list
            assertThat(other.timeline().locator().memberStates()).isEqualTo(seed.locator().memberStates());
            assertThat(other.timeline().locator().subject()).isEqualTo(seed.locator().subject());
        } else {
            assertThat(other.timeline().locator()).isEqualTo(seed.locator());
        }
        assertThat(other.timeline().seeAlso()).isEqualTo(seed.seeAlso());
    }

    @ParameterizedTest
    @CsvSource({"belarus-nato-relations.wiki", "belarus-nato-relations.html", "belarus-nato-relations-legacy.html",
        "belarus-nato-relations-copied.txt"})
    void eachEventPointsAtItsSentenceInTheUsersFile(String name) throws Exception {
        Path file = DIR.resolve(name);
        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        String joined = String.join("\n", lines);
        for (Event e : open(file).timeline().events()) {
            SourcePosition at = e.source();
            int offset = 0;
            for (int i = 0; i < at.line() - 1; i++) {
                offset += lines.get(i).length() + 1;
            }
            String marked = joined.substring(offset + at.column() - 1, offset + at.column() - 1 + at.length());
            String firstWords = e.text().substring(0, Math.min(12, e.text().length()));
            assertThat(marked).as("event %s at %s", e.id(), at).startsWith(firstWords);
            String lastWord = e.text().replaceAll("^.*\\s", "").replaceAll("[.”\"]+$", "");
            assertThat(marked).as("event %s at %s", e.id(), at).contains(lastWord);
        }
    }
}
