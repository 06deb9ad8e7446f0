package dev.annals.ui.model;

import dev.annals.layout.EventIndex;
import dev.annals.layout.EventPlace;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import java.util.List;

/**
 * The stretch of the timeline chosen for export: the events it holds, in timeline order, and the
 * time they cover.
 */
public record PeriodSelection(TimeWindow window, List<Event> events) {
    public PeriodSelection {
        events = List.copyOf(events);
    }

    /** The period [from, to) in days with the events whose markers lie in it; null when shorter than a day. */
    public static PeriodSelection between(EventIndex index, double from, double to) {
        return to - from < 1 ? null : new PeriodSelection(new TimeWindow(from, to), index.eventsBetween(from, to));
    }

    /** The period from the first marker of {@code events} to the last, holding exactly them (in timeline order). */
    public static PeriodSelection spanning(EventIndex index, List<Event> events) {
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (Event e : events) {
            EventPlace p = index.place(e);
            from = Math.min(from, p.begin());
            to = Math.max(to, p.end());
        }
        return new PeriodSelection(new TimeWindow(from, to), events);
    }

    public Event first() {
        return events.isEmpty() ? null : events.get(0);
    }

    public Event last() {
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }
}
