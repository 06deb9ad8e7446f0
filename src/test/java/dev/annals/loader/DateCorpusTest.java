package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.annals.model.DateBasis;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loader on the date corpus (src/test/resources/dates/corpus.txt): each paragraph, read as the only
 * paragraph of an article, must give exactly the events its line lists. Prints every form that fails.
 */
class DateCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/dates/corpus.txt");

    private record Case(String group, String text, List<String> expected) {
    }

    @Test
    void everyFormGivesItsEvents() throws IOException {
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<String> got = events(c.text());
            if (!got.equals(c.expected())) {
                failures.add(String.format("[%s] %s%n    expected %s%n    got      %s", c.group(), c.text(), c.expected(), got));
            }
        }
        System.out.printf("date corpus: %d of %d cases pass%n", cases.size() - failures.size(), cases.size());
        failures.forEach(System.out::println);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(failures).as("forms read wrongly (printed above)").isEmpty();
    }

    @Test
    void eachDateOfAListIsAnEventWithTheSentenceAsTextAndItsClauseAsHeadline() {
        String sentence = "Talks were held in Vienna on 4 February 2002, 17 June 2004 and 8 October 2007.";
        List<Event> talks = timeline(sentence).events();
        assertThat(talks).extracting(Event::dateText).containsExactly("4 February 2002", "17 June 2004", "8 October 2007");
        assertThat(talks).allSatisfy(e -> {
            assertThat(e.text()).isEqualTo(sentence);
            assertThat(e.headline()).isEqualTo("Talks were held in Vienna");
        });
        assertThat(talks).extracting(Event::id).doesNotHaveDuplicates();
    }

    @Test
    void eachFactOfASentenceIsHeadedByItsOwnClause() {
        assertThat(timeline("The council was founded in 1991 and renamed in 1997.").events())
                .extracting(Event::headline).containsExactly("The council was founded", "The council was renamed");
        assertThat(timeline("The plan was sent on 19 April 1996 and approved on April 23.").events())
                .extracting(Event::headline, Event::dateText)
                .containsExactly(tuple("The plan was sent", "19 April 1996"), tuple("The plan was approved", "April 23"));
        assertThat(timeline("In 1992 it joined the council, and on May 4, 1994 it signed the framework document.").events())
                .extracting(Event::headline).containsExactly("It joined the council", "It signed the framework document");
    }

    @Test
    void aDayWithoutAYearThatWouldFallBeforeTheParagraphsDateIsReportedNotGuessed() {
        Timeline t = timeline("The treaty was signed on 20 October 2005. It entered into force on 1 March.");
        assertThat(t.events()).singleElement().extracting(Event::dateText).isEqualTo("20 October 2005");
        assertThat(t.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo("undated");
            assertThat(p.message()).contains("no year for \"1 March\"");
        });
    }

    /** The timeline of an article whose only section holds {@code paragraph}. */
    static Timeline timeline(String paragraph) {
        String article = "= Corpus =\n\n== History ==\n" + paragraph + "\n";
        try {
            return new TimelineLoader().load("corpus.txt", article.getBytes(StandardCharsets.UTF_8));
        } catch (LoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The events of one paragraph, each as its key (see the corpus file's header), sorted. */
    static List<String> events(String paragraph) {
        return timeline(paragraph).events().stream().map(DateCorpusTest::key).sorted().toList();
    }

    private static String key(Event e) {
        String key = e.start().isoKey() + (e.end() == null ? "" : ".." + e.end().isoKey());
        return e.dateBasis() == DateBasis.CONTEXT ? "~" + key : key;
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        String group = "";
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                group = line.substring(3).strip();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int arrow = line.indexOf("=>");
                String events = line.substring(arrow + 2).strip();
                List<String> expected = events.isEmpty() ? List.of()
                        : Arrays.stream(events.split(";")).map(String::strip).sorted().toList();
                cases.add(new Case(group, line.substring(0, arrow).strip(), expected));
            }
        }
        return cases;
    }
}
