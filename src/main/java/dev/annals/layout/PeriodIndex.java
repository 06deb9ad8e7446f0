package dev.annals.layout;

import dev.annals.model.Event;
import dev.annals.model.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's periods against the events shown: which period an event belongs to and the first shown
 * event of each, worked out once when the timeline or its filters change, so that stepping from period
 * to period costs nothing per key press however many events there are.
 *
 * <p>An event belongs to the last period whose heading is in its section path ("2008-2009" in the text
 * names the period "2008–2009"), or else to the last period that starts on or before its date.
 */
public final class PeriodIndex {
    private final List<Period> periods;
    /** Period positions by label. */
    private final Map<String, Integer> byLabel = new HashMap<>();
    /** The first shown event of each period, null where none is shown. */
    private final Event[] first;

    /** @param shown the events shown, in timeline order */
    public PeriodIndex(List<Period> periods, List<Event> shown) {
        this.periods = List.copyOf(periods);
        for (int i = 0; i < periods.size(); i++) {
            byLabel.put(periods.get(i).label(), i);
        }
        first = new Event[periods.size()];
        int missing = firstBySection(shown);
        if (missing > 0) {
            firstByDate(shown, missing);
        }
    }

    /** No periods, no events. */
    public static PeriodIndex empty() {
        return new PeriodIndex(List.of(), List.of());
    }

    /** How many periods there are. */
    public int size() {
        return periods.size();
    }

    public Period period(int i) {
        return periods.get(i);
    }

    /** The first shown event of period {@code i}, or null when it shows none. */
    public Event firstShown(int i) {
        return first[i];
    }

    /** The position of the period {@code e} belongs to, or -1 (see the class comment). */
    public int periodOf(Event e) {
        int found = -1;
        for (String heading : e.section()) {
            found = Math.max(found, periodHeaded(heading));
        }
        if (found >= 0) {
            return found;
        }
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (!periods.get(i).start().firstDay().isAfter(e.start().firstDay())) {
                return i;
            }
        }
        return -1;
    }

    private int periodHeaded(String heading) {
        Integer i = byLabel.get(heading.replace('-', '–'));
        return i == null ? -1 : i;
    }

    /** The first event whose section path names each period; returns how many periods found none. */
    private int firstBySection(List<Event> shown) {
        int missing = periods.size();
        Map<List<String>, Boolean> seen = new HashMap<>(); // large timelines share their section lists
        for (Event e : shown) {
            if (missing == 0) {
                break;
            }
            if (seen.putIfAbsent(e.section(), Boolean.TRUE) != null) {
                continue; // an earlier event had the same path, and was first for its periods
            }
            for (String heading : e.section()) {
                int p = periodHeaded(heading);
                if (p >= 0 && first[p] == null) {
                    first[p] = e;
                    missing--;
                }
            }
        }
        return missing;
    }

    /** For periods no section names: the first shown event that starts within the period's dates. */
    private void firstByDate(List<Event> shown, int missing) {
        long[] from = new long[periods.size()];
        long[] to = new long[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            from[i] = periods.get(i).start().firstDay().toEpochDay();
            to[i] = periods.get(i).end().lastDay().toEpochDay();
        }
        for (Event e : shown) {
            long day = e.start().firstDay().toEpochDay();
            for (int i = 0; i < first.length; i++) {
                if (first[i] == null && from[i] <= day && day <= to[i]) {
                    first[i] = e;
                    if (--missing == 0) {
                        return;
                    }
                }
            }
        }
    }
}
