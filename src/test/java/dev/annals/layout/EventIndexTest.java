package dev.annals.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import java.util.ArrayList;
import dev.annals.open.TimelineFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventIndexTest {
    private final List<Event> events = TimelineFiles.embedded().events();
    private final EventIndex index = new EventIndex(events);

    @Test
    void eventsBetweenAreThoseWhoseMarkersLieInsideInTimelineOrder() {
        double from = LocalDate.of(2006, 1, 1).toEpochDay();
        double to = LocalDate.of(2007, 1, 1).toEpochDay();
        List<Event> expected = events.stream().filter(e -> {
            double m = EventPlace.of(e).marker();
            return m >= from && m < to;
        }).toList();
        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(index.eventsBetween(from, to)).containsExactlyElementsOf(expected);
        assertThat(index.eventsBetween(to, from)).isEmpty();
    }

    @Test
    void everyEventIsFoundAgainByItsPosition() {
        for (int i = 0; i < events.size(); i++) {
            assertThat(index.indexOf(events.get(i))).isEqualTo(i);
        }
    }

    @Test
    void eventsReachingIntoAWindowAreFoundUpToALimitAndNoFurther() {
        List<Event> years = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            years.add(TestEvents.event("y" + i, PartialDate.ofYear(2010)));
        }
        EventIndex many = new EventIndex(years);
        double march = LocalDate.of(2010, 3, 1).toEpochDay();
        double april = LocalDate.of(2010, 4, 1).toEpochDay();
        assertThat(many.count(march, april)).as("no marker lies in March").isZero();
        assertThat(many.ranksOverlapping(march, april, 2_000)).hasSize(1_000);
        assertThat(many.ranksOverlapping(march, april, 600)).as("too many to lay out: counted instead").isNull();
        assertThat(many.ranksOverlapping(LocalDate.of(2011, 3, 1).toEpochDay(), LocalDate.of(2011, 4, 1).toEpochDay(), 600))
                .isEmpty();
    }
}
