package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Problem;
import dev.annals.model.Timeline;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Small files that used to take minutes, hours or all memory, one test per cause. Each loads well within
 * a generous pre-emptive timeout: linear work takes a fraction of a second, the old paths far longer.
 */
class HostileInputTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static Timeline load(String text) {
        return assertTimeoutPreemptively(TIMEOUT,
                () -> new TimelineLoader().load("hostile.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aHeadingWithTwentyThousandSpacesInsideIsReadInSeconds() {
        // The heading's regular expression (and the member-list heading's) backtracked cubically: never finished.
        Timeline t = load("= T =\n== a" + " ".repeat(20_000) + "b ==\nIn 2004 Belarus joined.\n");

        assertThat(t.events()).singleElement().satisfies(e -> assertThat(e.section()).hasSize(1));
    }

    @Test
    void aNinetyThousandLetterCapitalisedWordOrRunsOfApostrophesAndHyphensAreTaggedInSeconds() {
        // The entity tagger's capitalised-run expression was tried, and backtracked, at every letter: minutes.
        Timeline t = load("= T =\nIn 2004 A" + "a".repeat(90_000) + " met Belarus.\n"
                + "In 2005 " + "A'".repeat(45_000) + " met Belarus.\n"
                + "In 2006 " + "A-".repeat(45_000) + " met Belarus.\n");

        assertThat(t.events()).hasSize(3).allSatisfy(e -> assertThat(e.entities().countries()).containsExactly("Belarus"));
    }

    @Test
    void ninetyThousandSpacesInASentenceMakeAHeadlineInSeconds() {
        // The headline writer's "\\s*\\(" and "[\\s,;:.!?]+$" were tried at every space: 30 s.
        Timeline t = load("= T =\nIn 2004 Belarus" + " ".repeat(90_000) + "joined the partnership ,,,,"
                + ",".repeat(5_000) + " at last.\n");

        assertThat(t.events()).singleElement()
                .satisfies(e -> assertThat(e.headline()).startsWith("Belarus joined the partnership"));
    }

    @Test
    void aHundredThousandRepeatsOfOneHeadlineGetDistinctIdsInSeconds() {
        // Each repeat tried every number used before it: 1 MB of one sentence took 40-56 s, 100,000 hours.
        EventIds ids = new EventIds();
        List<String> made = assertTimeoutPreemptively(TIMEOUT, () -> IntStream.range(0, 100_000)
                .mapToObj(i -> ids.next(PartialDate.ofYear(2004), "Belarus joined NATO")).toList());

        assertThat(new HashSet<>(made)).hasSameSizeAs(made);
        assertThat(made).startsWith("2004-belarus-joined-nato", "2004-belarus-joined-nato-2")
                .endsWith("2004-belarus-joined-nato-100000");
    }

    @Test
    void aRepeatedSentenceDoesNotTakeTheNumberOfAnotherHeadline() {
        Timeline t = load("= T =\nIn 2004 Belarus joined NATO 2.\nIn 2004 Belarus joined NATO.\n"
                + "In 2004 Belarus joined NATO.\nIn 2004 Belarus joined NATO.\n");

        assertThat(t.events()).extracting(Event::id).containsExactly("2004-belarus-joined-nato-2",
                "2004-belarus-joined-nato", "2004-belarus-joined-nato-3", "2004-belarus-joined-nato-4");
    }

    @Test
    void manyDatesInOneSentenceAreSplitAndDescribedInSeconds() {
        // The statement splitter searched from the first date to each later one, and every statement
        // tagged and categorised the whole sentence again: quadratic in the dates of one sentence.
        Timeline t = load("= T =\n" + "In 2004 Belarus met NATO; in 2005 Poland signed; ".repeat(1_800) + "end.\n");

        assertThat(t.events()).hasSize(3_600);
    }

    @Test
    void threeThousandNestedHeadingsNestAtMostSixDeepWithoutOverflowingTheStack() {
        // One level of recursion per heading level overflowed the stack at ~3,000 levels (4.5 MB).
        StringBuilder text = new StringBuilder("= T =\n");
        for (int level = 2; level <= 3_001; level++) {
            String marks = "=".repeat(level);
            text.append(marks).append(" Part ").append(level).append(' ').append(marks).append("\nIn 2004 Belarus joined.\n");
        }
        Timeline t = load(text.toString());

        assertThat(t.events()).hasSize(3_000).allSatisfy(e -> assertThat(e.section().size()).isLessThanOrEqualTo(5));
        assertThat(t.problems()).anySatisfy(p -> assertThat(p.message()).contains("read as a level-6 heading"));
    }

    @Test
    void aHundredThousandUndatedBulletsAreReportedAsTheFirstThousandAndACount() {
        // Each bullet's problem was kept: 33 MB of "- a" took 6 GB.
        Timeline t = load("= T =\n" + "- a\n".repeat(100_000));

        List<Problem> undated = t.problems().stream().filter(p -> p.kind().equals("undated")).toList();
        assertThat(undated).hasSize(1_001);
        assertThat(undated.get(1_000).message()).startsWith("99,000 more problems of this kind");
        assertThat(undated.get(1_000).line()).isEqualTo(1_002);
    }

    @Test
    void theHundredAndFirstCenturyIsNotReadAsTheFirst() {
        Timeline t = load("= T =\nBelarus will be calm in the 101st century.\nBelarus was calm in the 19th century.\n");

        assertThat(t.events()).singleElement().satisfies(e -> assertThat(e.dateText()).isEqualTo("19th century"));
    }
}
