package dev.annals.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
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
}
