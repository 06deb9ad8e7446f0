package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Timeline;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of how dates make events: a list of N dates is N events; a clause that looks back never
 * adds an event; a year-like group inside a larger number is never a year.
 */
class DateListPropertiesTest {
    private static final List<String> SUBJECTS = List.of("Talks were held in Vienna", "The two navies exercised together",
            "Lithuania and Poland met", "Ministers of both countries spoke", "Joint patrols took place");
    private static final List<String> LOOK_BACKS = List.of(", which had been in place since %d,",
            ", which had previously been agreed in %d,", " (in force since %d)", ", once signed in %d,",
            ", strained since the end of the war in %d,");

    /** A date written in one of the forms a list may use, with the date it means. */
    record Written(String text, PartialDate date) {
    }

    @Property(tries = 300)
    void aListOfNDatesGivesNEvents(@ForAll("subjects") String subject, @ForAll("dateLists") List<Written> dates,
            @ForAll("separators") String lastSeparator, @ForAll boolean oxfordComma) {
        StringBuilder sentence = new StringBuilder(subject).append(" on ");
        for (int i = 0; i < dates.size(); i++) {
            if (i > 0) {
                boolean last = i == dates.size() - 1;
                sentence.append(last ? (oxfordComma && dates.size() > 2 ? "," : "") + lastSeparator : ", ");
            }
            sentence.append(dates.get(i).text());
        }
        sentence.append('.');
        List<Event> events = load(sentence.toString()).events();
        assertThat(events).as(sentence.toString()).extracting(Event::start)
                .containsExactlyElementsOf(dates.stream().map(Written::date).sorted().toList());
        assertThat(events).extracting(Event::headline).containsOnly(subject);
    }

    @Property(tries = 200)
    void aLookBackClauseNeverAddsAnEvent(@ForAll("subjects") String subject, @ForAll("written") Written date,
            @ForAll("lookBacks") String lookBack, @ForAll @IntRange(min = 1950, max = 2030) int backYear) {
        String plain = subject + " in " + date.text() + ".";
        int cut = subject.indexOf(' ', subject.indexOf(' ') + 1);
        String withLookBack = subject.substring(0, cut) + String.format(Locale.ROOT, lookBack, backYear)
                + subject.substring(cut) + " in " + date.text() + ".";
        List<Event> before = load(plain).events();
        List<Event> after = load(withLookBack).events();
        assertThat(after).as(withLookBack).hasSizeLessThanOrEqualTo(before.size());
        assertThat(after).extracting(Event::start).isSubsetOf(before.stream().map(Event::start).toList());
    }

    @Property(tries = 300)
    void aYearInsideANumberIsNeverAYear(@ForAll @IntRange(min = 1, max = 999) int thousands,
            @ForAll @IntRange(min = 1000, max = 2099) int year, @ForAll @IntRange(min = 0, max = 999) int fraction,
            @ForAll("numberSeparators") String separator, @ForAll("counted") String counted) {
        // "1,995 troops": the year's digits split by a thousands separator
        String split = year / 1000 + separator + String.format(Locale.ROOT, "%03d", year % 1000);
        // "1995.5 tonnes", "2004,250 people": the year's digits followed by more of the number
        String longer = year + separator + fraction;
        for (String number : List.of(split, longer)) {
            String sentence = "About " + number + " " + counted + " crossed the border.";
            assertThat(new DateExtractor().find(sentence)).as(sentence).isEmpty();
            assertThat(load(sentence).events()).as(sentence).isEmpty();
        }
    }

    private static Timeline load(String sentence) {
        return DateCorpusTest.timeline(sentence);
    }

    @Provide
    Arbitrary<String> subjects() {
        return Arbitraries.of(SUBJECTS);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(" and ", " and again on ", " and on ", " as well as ");
    }

    @Provide
    Arbitrary<String> lookBacks() {
        return Arbitraries.of(LOOK_BACKS);
    }

    @Provide
    Arbitrary<String> numberSeparators() {
        return Arbitraries.of(",", ".");
    }

    @Provide
    Arbitrary<String> counted() {
        return Arbitraries.of("troops", "people", "tonnes", "refugees", "vehicles", "boats", "cases");
    }

    /** Two to six dates of one form, strictly increasing, written with their own years. */
    @Provide
    Arbitrary<List<Written>> dateLists() {
        return Combinators.combine(Arbitraries.integers().between(2, 6), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1950, 2000), Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((n, form, firstYear, seed) -> {
                    List<Written> list = new ArrayList<>();
                    java.util.Random random = new java.util.Random(seed);
                    LocalDate day = LocalDate.of(firstYear, 1, 1).plusDays(random.nextInt(365));
                    for (int i = 0; i < n; i++) {
                        list.add(written(day, form));
                        day = day.plusDays(400 + random.nextInt(900));
                    }
                    return list;
                });
    }

    @Provide
    Arbitrary<Written> written() {
        return Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(1950, 2030), Arbitraries.integers().between(0, 364))
                .as((form, year, dayOfYear) -> written(LocalDate.ofYearDay(year, dayOfYear + 1), form));
    }

    /** {@code day} as a day (British or American order), a month or a year. */
    private static Written written(LocalDate day, int form) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (form) {
            case 0 -> new Written(day.getDayOfMonth() + " " + month + " " + day.getYear(), PartialDate.ofDay(day));
            case 1 -> new Written(month + " " + day.getDayOfMonth() + ", " + day.getYear(), PartialDate.ofDay(day));
            case 2 -> new Written(month + " " + day.getYear(), PartialDate.ofMonth(day.getYear(), day.getMonthValue()));
            default -> new Written(String.valueOf(day.getYear()), PartialDate.ofYear(day.getYear()));
        };
    }
}
