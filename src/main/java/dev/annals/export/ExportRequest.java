package dev.annals.export;

import dev.annals.layout.PeriodWords;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What to export: a timeline, a period from one day to another (both inclusive) and the events of it.
 *
 * <p><b>Which events belong to a period.</b> An event belongs when its start date, as precisely as the
 * text states it, lies wholly inside the period: {@code from <= start.firstDay()} and
 * {@code start.lastDay() <= to}. Where the event ends does not matter. So 2004–2012 holds every event that
 * starts in those years ("19 January 2004", "late 2006", "July 2012", "2012 (from context)") and neither
 * "since 1998" nor "2022"; a period from March to June 2006 holds "May 2006" but not "2006", which may
 * be any month of that year. The window's marked period can instead hand over the events it shows with
 * {@link #selection}.
 *
 * <p>Events keep the timeline's order: by date, and within a year as the article tells them (a statement
 * dated from context follows the one it takes its date from).
 */
public final class ExportRequest {
    private final Timeline timeline;
    private final LocalDate from;
    private final LocalDate to;
    private final List<Event> events;

    private ExportRequest(Timeline timeline, LocalDate from, LocalDate to, List<Event> events) {
        this.timeline = timeline;
        this.from = from;
        this.to = to;
        this.events = events;
    }

    /** The events of {@code timeline} from {@code from} to {@code to}, both days included. */
    public static ExportRequest period(Timeline timeline, LocalDate from, LocalDate to) throws ExportException {
        checkOrder(from, to);
        return nonEmpty(timeline, from, to, eventsIn(timeline, from, to));
    }

    /** The events from the first day of {@code from} to the last day of {@code to} ("2004" to "2012"). */
    public static ExportRequest period(Timeline timeline, PartialDate from, PartialDate to) throws ExportException {
        return period(timeline, from.firstDay(), to.lastDay());
    }

    /**
     * Exactly {@code events} (a selection made in the window, such as its marked period's events), under
     * the period from {@code from} to {@code to}. They are sorted by year, keeping the order they come in
     * within a year: the window hands them over in timeline order.
     */
    public static ExportRequest selection(Timeline timeline, LocalDate from, LocalDate to, List<Event> events)
            throws ExportException {
        checkOrder(from, to);
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingInt(e -> e.start().firstYear())); // stable: keeps the order within a year
        return nonEmpty(timeline, from, to, sorted);
    }

    /** The events of {@code timeline} that belong to the period (see the class comment), in timeline order. */
    public static List<Event> eventsIn(Timeline timeline, LocalDate from, LocalDate to) {
        List<Event> inside = new ArrayList<>();
        for (Event e : timeline.events()) {
            if (!e.start().firstDay().isBefore(from) && !e.start().lastDay().isAfter(to)) {
                inside.add(e);
            }
        }
        return inside;
    }

    private static void checkOrder(LocalDate from, LocalDate to) throws ExportException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new ExportException("The period ends (" + PeriodWords.day(to) + ") before it starts ("
                    + PeriodWords.day(from) + "): choose an end after the start.");
        }
    }

    private static ExportRequest nonEmpty(Timeline timeline, LocalDate from, LocalDate to, List<Event> events)
            throws ExportException {
        Objects.requireNonNull(timeline, "timeline");
        if (events.isEmpty()) {
            throw new ExportException("There are no events in " + PeriodWords.between(from, to) + " in \"" + timeline.title()
                    + "\": choose a period that holds at least one event.");
        }
        return new ExportRequest(timeline, from, to, List.copyOf(events));
    }

    public Timeline timeline() {
        return timeline;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** The events to print, in timeline order; never empty. */
    public List<Event> events() {
        return events;
    }

    /**
     * The span of the events in words, from the earliest start to the latest as the text dates them:
     * "19 January 2004 – July 2012"; one date when they all share it.
     */
    public String periodInWords() {
        return PeriodWords.spanOf(events);
    }

    /**
     * The requested period in words, as coarse as both ends allow: "2004–2012", "March 2006 – June 2006",
     * "1 January 2004 – 15 March 2005".
     */
    public String boundsInWords() {
        return PeriodWords.between(from, to);
    }
}
