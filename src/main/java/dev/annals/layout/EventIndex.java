package dev.annals.layout;

import dev.annals.model.Event;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of a timeline ordered by marker position, for finding what a window shows by binary
 * search: the work per frame depends on what is visible, not on how many events there are.
 */
public final class EventIndex {
    private final List<Event> events;
    private final EventPlace[] places;
    /** Positions into {@link #events}, by marker day. */
    private final int[] byMarker;
    /** Marker rank of each event, by position in {@link #events}. */
    private final int[] rankByPosition;
    private final double[] markers;
    private final Map<Event, Integer> positionOf;
    /** The longest stretch any event covers, so stretches that reach into a window from before are found. */
    private final double longestSpan;
    private final double earliest;
    private final double latest;

    public EventIndex(List<Event> events) {
        this.events = List.copyOf(events);
        int n = this.events.size();
        places = new EventPlace[n];
        double longest = 0;
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            places[i] = EventPlace.of(this.events.get(i));
            longest = Math.max(longest, places[i].end() - places[i].begin());
            from = Math.min(from, places[i].begin());
            to = Math.max(to, places[i].end());
        }
        longestSpan = longest;
        earliest = from;
        latest = to;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> places[i].marker()));
        byMarker = new int[n];
        rankByPosition = new int[n];
        markers = new double[n];
        positionOf = new IdentityHashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            byMarker[k] = order[k];
            rankByPosition[order[k]] = k;
            markers[k] = places[order[k]].marker();
            positionOf.put(this.events.get(order[k]), order[k]);
        }
    }

    public int size() {
        return events.size();
    }

    /** The events in their timeline order. */
    public List<Event> events() {
        return events;
    }

    /** The event at marker rank {@code k} (0 is the earliest marker). */
    public Event byRank(int k) {
        return events.get(byMarker[k]);
    }

    public EventPlace placeByRank(int k) {
        return places[byMarker[k]];
    }

    /** The position of an event in {@link #events()} (timeline order), or -1 when it is not in this index. */
    public int indexOf(Event e) {
        Integer i = e == null ? null : positionOf.get(e);
        return i == null ? -1 : i;
    }

    /** The marker rank of an event of this index, or -1. */
    public int rankOf(Event e) {
        int i = indexOf(e);
        return i < 0 ? -1 : rankByPosition[i];
    }

    public EventPlace place(Event e) {
        int i = indexOf(e);
        return i < 0 ? EventPlace.of(e) : places[i];
    }

    /** The first rank whose marker is at or after {@code day}. */
    public int firstAtOrAfter(double day) {
        int lo = 0;
        int hi = markers.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (markers[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many markers lie in [from, to). */
    public int count(double from, double to) {
        return Math.max(0, firstAtOrAfter(to) - firstAtOrAfter(from));
    }

    /** The first rank that may cover a day at or after {@code from}: stretches starting before it included. */
    public int firstReaching(double from) {
        return firstAtOrAfter(from - longestSpan);
    }

    /** The window that shows every event with a margin, or a default decade when there are none. */
    public TimeWindow fittingWindow() {
        if (markers.length == 0) {
            return TimeWindow.of(LocalDate.of(2000, 1, 1), LocalDate.of(2009, 12, 31));
        }
        return TimeWindow.around(earliest, latest, 0.04);
    }
}
