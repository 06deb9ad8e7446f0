package dev.annals.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.bench.SyntheticTimeline;
import dev.annals.json.TimelineJson;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Qualifier;
import java.time.LocalDate;
import dev.annals.model.Timeline;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The axis picture: readable at every zoom, never overlapping, bounded in work. */
class AxisLayoutTest {
    /** Seven pixels a character: close enough to a 12 px sans-serif for layout purposes. */
    private static final TextMeasure MEASURE = s -> s.length() * 7.0;
    private final AxisLayout layout = new AxisLayout(MEASURE, 240);

    private static Timeline seed() throws Exception {
        try (InputStream in = AxisLayoutTest.class.getResourceAsStream("/data/belarus-nato-relations.timeline.json")) {
            return TimelineJson.read(in, "embedded");
        }
    }

    @Test
    void badgeCountsStayShortEnoughForASlice() {
        List<String> labels = List.of(7, 999, 1_000, 1_549, 9_999, 15_384, 999_999, 1_000_000, 1_250_000, 12_000_000)
                .stream().map(n -> new Cluster(0, n, 0, 1, 0, 1, false, false).countLabel()).toList();
        assertThat(labels).containsExactly("7", "999", "1k", "1.5k", "9.9k", "15k", "999k", "1M", "1.2M", "12M");
    }

    @Test
    void labelsInARowNeverOverlapAtAnyZoom() throws Exception {
        Timeline t = seed();
        EventIndex index = new EventIndex(t.events());
        TimeWindow w = index.fittingWindow();
        for (int step = 0; step < 30; step++, w = w.zoom(0.8, w.centre())) {
            AxisPicture p = layout.layout(index, t.periods(), new TimeScale(w, 1200), 6, t.events().get(20), e -> false, null);
            for (int row = 0; row < 6; row++) {
                int r = row;
                // the selected label is raised over the others where no row has room for it
                List<Marker> inRow = new ArrayList<>(p.markers().stream().filter(m -> m.row() == r && !m.selected()).toList());
                inRow.sort(Comparator.comparingDouble(m -> Math.min(m.x(), m.labelX())));
                for (int i = 1; i < inRow.size(); i++) {
                    Marker a = inRow.get(i - 1);
                    Marker b = inRow.get(i);
                    double aRight = Math.max(a.x() + 5, a.labelX() + MEASURE.width(a.label()));
                    double bLeft = Math.min(b.x() - 5, b.labelX());
                    assertThat(bLeft).as("row %d at span %.0f days: '%s' then '%s'", r, w.span(), a.label(), b.label())
                            .isGreaterThanOrEqualTo(aRight);
                }
            }
        }
    }

    @Test
    void everyVisibleEventIsAMarkerOrCounted() throws Exception {
        Timeline t = seed();
        EventIndex index = new EventIndex(t.events());
        AxisPicture p = layout.layout(index, t.periods(), new TimeScale(index.fittingWindow(), 900), 3, null, e -> false, null);
        int counted = p.markers().size() + p.clusters().stream().mapToInt(Cluster::count).sum();
        assertThat(counted).isEqualTo(t.events().size());
        assertThat(p.clusters()).isNotEmpty();
    }

    @Test
    void theSelectedEventAlwaysHasItsLabel() throws Exception {
        Timeline t = seed();
        EventIndex index = new EventIndex(t.events());
        for (Event selected : t.events()) {
            AxisPicture p = layout.layout(index, t.periods(), new TimeScale(index.fittingWindow(), 900), 2, selected,
                    e -> false, null);
            assertThat(p.markers()).filteredOn(Marker::selected).singleElement()
                    .satisfies(m -> assertThat(m.hasLabel()).isTrue());
        }
    }

    @Test
    void ticksNeverOverlapFromCenturiesToDays() {
        TickGenerator ticks = new TickGenerator(MEASURE);
        TimeWindow w = TimeWindow.around(0, 365.2425 * 150, 0);
        while (w.span() > TimeWindow.MIN_SPAN) {
            List<Tick> list = ticks.ticks(new TimeScale(w, 1000));
            assertThat(list).as("ticks at a span of %.0f days", w.span()).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 1; i < list.size(); i++) {
                Tick a = list.get(i - 1);
                assertThat(list.get(i).x()).as("'%s' then '%s'", a.label(), list.get(i).label())
                        .isGreaterThan(a.x() + 3 + MEASURE.width(a.label()));
            }
            w = w.zoom(0.7, w.centre());
        }
    }

    @Test
    void tickLabelsSayWhatAReaderExpects() {
        TickGenerator ticks = new TickGenerator(MEASURE);
        List<String> years = ticks.ticks(new TimeScale(TimeWindow.of(java.time.LocalDate.of(1990, 1, 1),
                java.time.LocalDate.of(2019, 12, 31)), 1200)).stream().map(Tick::label).toList();
        assertThat(years).contains("1990", "2000", "2010");
        List<String> months = ticks.ticks(new TimeScale(TimeWindow.of(java.time.LocalDate.of(2005, 7, 1),
                java.time.LocalDate.of(2006, 6, 30)), 1200)).stream().map(Tick::label).toList();
        assertThat(months).contains("Sep", "2006", "Mar");
    }

    @Test
    void aMillionEventsAreCountedNotLaidOutOneByOne() {
        Timeline t = SyntheticTimeline.of(200_000, 1);
        EventIndex index = new EventIndex(t.events());
        AxisPicture p = layout.layout(index, t.periods(), new TimeScale(index.fittingWindow(), 1600), 8, null, e -> false, null);
        assertThat(p.markers().size() + p.clusters().size()).isLessThanOrEqualTo((int) (1600 / AxisLayout.SLICE) + 2);
        assertThat(p.clusters().stream().mapToInt(Cluster::count).sum() + p.markers().size()).isEqualTo(200_000);
    }

    @Test
    void datesLessPreciseThanADayAreBarsOverWhatTheyCanMeanAtEveryZoom() {
        Event year = TestEvents.event("y", PartialDate.ofYear(2010));
        Event month = TestEvents.event("m", PartialDate.ofMonth(2010, 3));
        Event late = TestEvents.event("q", PartialDate.ofYear(2010).withQualifier(Qualifier.LATE));
        EventIndex index = new EventIndex(List.of(year, month, late));
        for (double span : new double[] {365 * 30, 365 * 3, 400, 40}) {
            double middle = LocalDate.of(2010, 3, 10).toEpochDay();
            TimeScale s = new TimeScale(new TimeWindow(middle - span / 2, middle + span / 2), 1200);
            AxisPicture p = layout.layout(index, List.of(), s, 6, null, e -> false, null);
            for (Marker m : p.markers()) {
                EventPlace place = EventPlace.of(m.event());
                assertThat(m.exact()).isFalse();
                assertThat(m.barFrom()).as("%s at %.0f days", m.event().start(), span)
                        .isLessThanOrEqualTo(s.x(place.begin())).isLessThan(m.x() - 4);
                assertThat(m.barTo()).isGreaterThanOrEqualTo(s.x(place.end())).isGreaterThan(m.x() + 4);
            }
        }
    }

    @Test
    void aLabelTakesTheRoomThereIsBesideIt() {
        String longHeadline = "Belarus and NATO agreed on a programme of cooperation in civil emergency planning and science";
        Event alone = TestEvents.event("a", PartialDate.ofDay(2004, 1, 19), null, longHeadline);
        Event crowded = TestEvents.event("b", PartialDate.ofDay(2004, 6, 1), null, longHeadline);
        Event next = TestEvents.event("c", PartialDate.ofDay(2004, 10, 1), null, "Next");
        TimeScale s = new TimeScale(TimeWindow.of(LocalDate.of(2004, 1, 1), LocalDate.of(2005, 6, 30)), 1800);

        AxisPicture free = layout.layout(new EventIndex(List.of(alone)), List.of(), s, 3, null, e -> false, null);
        assertThat(free.markers().get(0).label()).as("nothing beside it: not cut").isEqualTo(longHeadline);

        AxisPicture shared = layout.layout(new EventIndex(List.of(crowded, next)), List.of(), s, 3, null, e -> false, null);
        Marker first = shared.markers().get(0);
        Marker second = shared.markers().get(1);
        assertThat(second.row()).isEqualTo(first.row());
        assertThat(first.label()).as("cut only where the next label begins").endsWith("…")
                .hasSizeGreaterThan(layout.fit(longHeadline, false).length());
        assertThat(first.labelX() + MEASURE.width(first.label())).isLessThan(second.x() - 5);
    }

    @Test
    void anEventWhoseTimeReachesIntoTheViewIsDrawnOverItThoughItsMarkerLiesOutside() {
        Event year = TestEvents.event("y", PartialDate.ofYear(2010), null, "Sometime in 2010");
        Event range = TestEvents.event("r", PartialDate.ofYear(2014), PartialDate.ofYear(2020), "From 2014 to 2020");
        Event elsewhere = TestEvents.event("e", PartialDate.ofDay(2012, 5, 1), null, "Another day");
        EventIndex index = new EventIndex(List.of(year, elsewhere, range));

        AxisPicture march2010 = layout.layout(index, List.of(),
                new TimeScale(TimeWindow.of(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 31)), 1000), 4, null, e -> false, null);
        assertThat(march2010.markers()).extracting(Marker::label).containsExactly("Sometime in 2010");
        Marker bar = march2010.markers().get(0);
        assertThat(bar.barFrom()).isLessThan(0);
        assertThat(bar.barTo()).isGreaterThan(1000);

        AxisPicture in2016 = layout.layout(index, List.of(),
                new TimeScale(TimeWindow.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)), 1000), 4, range, e -> false, null);
        assertThat(in2016.markers()).extracting(Marker::label).containsExactly("From 2014 to 2020");
        assertThat(in2016.markers().get(0).selected()).as("the selected range is raised though its start is out of view").isTrue();
    }
}
