package dev.annals.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.bench.SyntheticTimeline;
import dev.annals.model.Event;
import dev.annals.model.Precision;
import dev.annals.model.Qualifier;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A timeline written in each exchange format and opened again keeps every date with its precision and
 * qualifier, how it was found, its words and its category; the plain CSV keeps every field.
 */
class RoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> timelines() {
        return Stream.of(Arguments.of("varied", ExchangeFixtures.varied()),
                Arguments.of("seed", TimelineFiles.embedded()),
                Arguments.of("synthetic", SyntheticTimeline.of(3_000, 7)));
    }

    private Timeline roundTrip(Timeline original, ExchangeFormat format, String name) throws Exception {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            format.write(original, out, false);
        }
        return TimelineFiles.open(file, dev.annals.loader.LoaderOptions.DEFAULTS);
    }

    // given a timeline with every precision and qualifier, then the test data really has them
    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void theVariedTimelineCoversEveryPrecisionAndQualifier(String name, Timeline t) {
        if (name.equals("varied")) {
            assertThat(Arrays.stream(Precision.values())).allMatch(p -> ExchangeFixtures.has(t, p));
            assertThat(Arrays.stream(Qualifier.values()))
                    .allMatch(q -> t.events().stream().anyMatch(e -> e.start().qualifier() == q));
        }
    }

    // given a timeline, when it goes to the plain CSV and back, then every event is equal in every field
    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void theEventsCsvKeepsEveryField(String name, Timeline original) throws Exception {
        Timeline back = roundTrip(original, ExchangeFormat.CSV, name + ".csv");

        assertThat(back.events()).containsExactlyElementsOf(original.events());
        assertThat(back.problems()).isEmpty();
    }

    // given a timeline, when it goes to TimelineJS JSON and back, then ids, dates (precision, qualifier,
    // basis), headlines, texts, items, categories, periods and the title are kept
    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void timelineJsJsonKeepsDatesWordsAndPeriods(String name, Timeline original) throws Exception {
        Timeline back = roundTrip(original, ExchangeFormat.TIMELINEJS, name + ".timelinejs.json");

        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.events()).extracting(Event::id).containsExactlyElementsOf(ids(original));
        assertSameSlides(back, original);
        assertThat(back.periods()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "line")
                .containsExactlyElementsOf(original.periods());
        assertThat(back.problems()).isEmpty();
    }

    // given a timeline, when it goes to TimelineJS's spreadsheet layout and back, then the same is kept but
    // the ids, which the spreadsheet has no column for
    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void timelineJsCsvKeepsDatesWordsAndPeriods(String name, Timeline original) throws Exception {
        Timeline back = roundTrip(original, ExchangeFormat.TIMELINEJS_CSV, name + ".timelinejs.csv");

        assertThat(back.title()).isEqualTo(original.title());
        assertSameSlides(back, original);
        assertThat(back.periods()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "line")
                .containsExactlyElementsOf(original.periods());
        assertThat(back.problems()).isEmpty();
    }

    private static List<String> ids(Timeline t) {
        return t.events().stream().map(Event::id).toList();
    }

    /** What a TimelineJS slide carries: dates with precision and qualifier, date basis, words and category. */
    private static void assertSameSlides(Timeline back, Timeline original) {
        assertThat(back.events()).hasSameSizeAs(original.events());
        for (int i = 0; i < original.events().size(); i++) {
            Event o = original.events().get(i);
            Event b = back.events().get(i);
            assertThat(List.of(b.start(), String.valueOf(b.end()), b.dateBasis(), b.headline(), b.text(), b.items(), b.category()))
                    .as("event %d, %s", i, o.id())
                    .isEqualTo(List.of(o.start(), String.valueOf(o.end()), o.dateBasis(), o.headline(), o.text(), o.items(), o.category()));
        }
    }
}
