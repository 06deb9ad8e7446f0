package dev.annals.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Qualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/** Properties of the axis picture over generated timelines, windows and sizes. */
class AxisLayoutPropertiesTest {
    private static final TextMeasure MEASURE = s -> s.length() * 7.0;
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /** A timeline, a view of it, and two events that may each be selected (-1: none). */
    record Case(List<Event> events, TimeWindow window, double width, int rows, int before, int after) {
        Event selected(int i) {
            return i < 0 ? null : events.get(i);
        }
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void movingTheSelectionMovesOnlyTheOldAndNewSelection(@ForAll("cases") Case c) {
        AxisLayout layout = new AxisLayout(MEASURE, 240);
        EventIndex index = new EventIndex(c.events());
        TimeScale scale = new TimeScale(c.window(), c.width());
        AxisPicture before = layout.layout(index, List.of(), scale, c.rows(), c.selected(c.before()), e -> false, null);
        AxisPicture after = layout.layout(index, List.of(), scale, c.rows(), c.selected(c.after()), e -> false, null);

        assertThat(counts(after)).as("cluster counts").isEqualTo(counts(before));
        Map<Event, Marker> was = byEvent(before);
        Map<Event, Marker> now = byEvent(after);
        for (Event e : c.events()) {
            if (e == c.selected(c.before()) || e == c.selected(c.after())) {
                continue;
            }
            Marker m1 = was.get(e);
            Marker m2 = now.get(e);
            assertThat(m2 == null).as("'%s' shown", e.headline()).isEqualTo(m1 == null);
            if (m1 != null) {
                assertThat(m2.row()).as("row of '%s'", e.headline()).isEqualTo(m1.row());
                assertThat(m2.label()).as("label of '%s'", e.headline()).isEqualTo(m1.label());
                assertThat(m2.labelX()).as("label place of '%s'", e.headline()).isEqualTo(m1.labelX());
            }
        }
    }

    private static List<String> counts(AxisPicture p) {
        return p.clusters().stream().map(k -> k.x() + ":" + k.count()).toList();
    }

    private static Map<Event, Marker> byEvent(AxisPicture p) {
        return p.markers().stream().collect(Collectors.toMap(Marker::event, Function.identity(), (a, b) -> {
            throw new AssertionError("two markers for '" + a.event().headline() + "'");
        }, java.util.IdentityHashMap::new));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Event>> events = event().list().ofMinSize(1).ofMaxSize(80).map(AxisLayoutPropertiesTest::numbered);
        Arbitrary<TimeWindow> windows = Combinators.combine(Arbitraries.integers().between(-400, 365 * 12),
                Arbitraries.doubles().between(TimeWindow.MIN_SPAN, 365.0 * 14))
                .as((start, span) -> new TimeWindow(EPOCH.toEpochDay() + start, EPOCH.toEpochDay() + start + span));
        return Combinators.combine(events, windows, Arbitraries.integers().between(200, 1600),
                Arbitraries.integers().between(0, 8), Arbitraries.integers().between(-1, 79),
                Arbitraries.integers().between(-1, 79))
                .as((list, w, width, rows, a, b) -> new Case(list, w, width, rows,
                        Math.min(a, list.size() - 1), Math.min(b, list.size() - 1)));
    }

    /** Dates of every precision over ten years, now and then a range, with headlines short and long. */
    private static Arbitrary<Event> event() {
        Arbitrary<PartialDate> dates = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 3650).map(d -> PartialDate.ofDay(EPOCH.plusDays(d))),
                Combinators.combine(Arbitraries.integers().between(2000, 2009), Arbitraries.integers().between(1, 12))
                        .as(PartialDate::ofMonth),
                Arbitraries.integers().between(2000, 2009).map(PartialDate::ofYear),
                Combinators.combine(Arbitraries.integers().between(2000, 2009), Arbitraries.of(Qualifier.class))
                        .as((y, q) -> PartialDate.ofYear(y).withQualifier(q)));
        Arbitrary<Integer> rangeYears = Arbitraries.integers().between(0, 3).injectNull(0.8);
        Arbitrary<String> headlines = Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMinLength(1).ofMaxLength(60);
        return Combinators.combine(dates, rangeYears, headlines).as((start, years, headline) -> {
            PartialDate end = years == null ? null : PartialDate.ofYear(Math.min(9999, start.lastDay().getYear() + years));
            return TestEvents.event("e", start, end, headline);
        });
    }

    private static List<Event> numbered(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            out.add(TestEvents.event("e" + i, e.start(), e.end(), e.headline()));
        }
        return out;
    }
}
