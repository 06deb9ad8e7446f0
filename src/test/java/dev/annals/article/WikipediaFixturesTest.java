package dev.annals.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.loader.LoaderOptions;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import dev.annals.open.OpenException;
import dev.annals.open.TimelineFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wikitext of 71 real Wikipedia articles (wtf_wikipedia's test fixtures, src/test/resources/wtf_wikipedia):
 * every one opens, no event comes from a citation, an access-date or a maintenance template, and the
 * dated facts of five history sections, keyed by hand (history-keys.tsv), are found.
 */
class WikipediaFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/wtf_wikipedia");
    /** What is left of a citation or template when one leaks into prose. */
    private static final List<String> CITATION_TRACES = List.of("|url=", "access-date", "accessdate", "archive-date",
            "archivedate", "{{", "}}", "<ref", "</ref", "retrieved ", "citation needed", "[[", "]]");
    /**
     * United-Kingdom.txt line 367 has "1980s" + "cite web |url=…}}</ref>" with the "<ref>{{" lost in the
     * source: MediaWiki itself shows that text on the page.
     */
    private static final String BROKEN_IN_SOURCE = "1980scite web |url=";

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static Timeline open(Path file) {
        try {
            return TimelineFiles.read(file, LoaderOptions.DEFAULTS, null).timeline();
        } catch (OpenException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void opensWithNoEventFromACitationOrTemplate(Path file) {
        Timeline t = open(file);

        for (Event e : t.events()) {
            String text = e.text().toLowerCase(Locale.ROOT);
            if (!e.text().contains(BROKEN_IN_SOURCE)) {
                assertThat(CITATION_TRACES).as("%s: %s", file.getFileName(), e.text())
                        .noneMatch(text::contains);
            }
        }
    }

    @Test
    void everyFixtureIsThere() throws IOException {
        assertThat(fixtures()).hasSize(71);
    }

    /** One hand-keyed fact: the section it is in, its date as Annals writes it, words of its statement. */
    private record Key(String file, String section, String date, String words) {
        boolean foundIn(Event e) {
            String start = date.contains(" – ") ? date.substring(0, date.indexOf(" – ")) : date;
            String end = date.contains(" – ") ? date.substring(date.indexOf(" – ") + 3) : null;
            return e.start().toText().equals(start) && (end == null || e.end() != null && e.end().toText().equals(end))
                    && e.text().contains(words);
        }
    }

    private static List<Key> keys() throws IOException {
        List<Key> keys = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("history-keys.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                keys.add(new Key(f[0], f[1], f[2], f[3]));
            }
        }
        return keys;
    }

    @Test
    void theDatedFactsOfFiveHistorySectionsAreFound() throws IOException {
        Map<String, List<Key>> byFile = new LinkedHashMap<>();
        keys().forEach(k -> byFile.computeIfAbsent(k.file(), f -> new ArrayList<>()).add(k));
        int keyed = 0;
        int found = 0;
        int events = 0;
        int right = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, List<Key>> entry : byFile.entrySet()) {
            String section = entry.getValue().get(0).section();
            List<Event> inSection = open(DIR.resolve(entry.getKey())).events().stream()
                    .filter(e -> !e.section().isEmpty() && e.section().get(0).equals(section)).toList();
            long fileFound = entry.getValue().stream().filter(k -> inSection.stream().anyMatch(k::foundIn)).count();
            long fileRight = inSection.stream().filter(e -> entry.getValue().stream()
                    .anyMatch(k -> k.foundIn(e) || k.date().startsWith(e.start().toText()))).count();
            keyed += entry.getValue().size();
            found += (int) fileFound;
            events += inSection.size();
            right += (int) fileRight;
            report.append(String.format(Locale.ROOT, "%s: %d of %d facts found, %d of %d events on a keyed date%n",
                    entry.getKey(), fileFound, entry.getValue().size(), fileRight, inSection.size()));
        }
        double recall = (double) found / keyed;
        double precision = (double) right / events;
        System.out.printf(Locale.ROOT, "%shistory keys: recall %.2f (%d/%d), precision %.2f (%d/%d)%n", report, recall,
                found, keyed, precision, right, events);
        assertThat(byFile).hasSizeGreaterThanOrEqualTo(5);
        assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(MIN_PRECISION);
    }

    /** The figures measured when the keys were made (README, "How an article is read"), less a margin. */
    private static final double MIN_RECALL = 0.90;
    private static final double MIN_PRECISION = 0.85;
}
