package dev.annals.exchange;

import dev.annals.model.Event;
import dev.annals.model.Period;
import dev.annals.model.Timeline;
import java.time.LocalDate;
import java.util.List;

/** A timeline cut down to the events of a period, with the periods (eras) that overlap it. */
public final class TimelineExcerpt {
    private TimelineExcerpt() {
    }

    /**
     * {@code timeline} with only {@code events} (chosen by the caller, as the PDF export chooses a period's)
     * and the periods that share a day with {@code from}–{@code to}.
     */
    public static Timeline of(Timeline timeline, LocalDate from, LocalDate to, List<Event> events) {
        List<Period> periods = timeline.periods().stream()
                .filter(p -> !p.end().lastDay().isBefore(from) && !p.start().firstDay().isAfter(to))
                .toList();
        return new Timeline(timeline.schemaVersion(), timeline.title(), timeline.source(), timeline.infobox(),
                timeline.locator(), timeline.seeAlso(), periods, events, timeline.problems());
    }
}
