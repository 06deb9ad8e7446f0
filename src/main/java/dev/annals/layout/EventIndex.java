package dev.annals.layout;

import dev.annals.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The events of a timeline ordered by marker position, for finding what a window shows by binary
 * search: the work per frame depends on what is visible, not on how many events there are. Events that
 * cover time (a year, a range) are also kept by how far they reach from their marker, so a window inside
 * "2010" or "2014–2020" finds them although their markers lie outside it.
 */
public final class EventIndex {
    private static final int POSITION_BITS = 24;
    /** Keeps half-day counts positive for any year from 1 to 9999. */
    private static final long HALF_DAY_OFFSET = 1L << 26;

    private final List<Event> events;
    private final EventPlace[] places;
    /** Positions into {@link #events}, by marker day. */
    private final int[] byMarker;
    private final double[] markers;
    private final double earliest;
    private final double latest;
    /** Per reach class c, the marker ranks (ascending) of the events reaching at most 2^c days from their marker. */
    private final int[][] ranksByReach;

    public EventIndex(List<Event> events) {
        this.events = List.copyOf(events);
        int n = this.events.size();
        places = new EventPlace[n];
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        Arrays.parallelSetAll(places, i -> EventPlace.of(this.events.get(i)));
        for (int i = 0; i < n; i++) {
            from = Math.min(from, places[i].begin());
            to = Math.max(to, places[i].end());
        }
        earliest = from;
        latest = to;
        byMarker = byMarkerOrder(places);
        markers = new double[n];
        for (int k = 0; k < n; k++) {
            markers[k] = places[byMarker[k]].marker();
        }
        ranksByReach = ranksByReach(places, byMarker);
    }

    /** Classes of reach in powers of two days: a day is class 0, a month 4, a year 8, a century 15. */
    private static int reachClass(EventPlace p) {
        double reach = Math.max(p.marker() - p.begin(), p.end() - p.marker());
        return reach <= 1 ? 0 : 64 - Long.numberOfLeadingZeros((long) Math.ceil(reach) - 1);
    }

    private static int[][] ranksByReach(EventPlace[] places, int[] byMarker) {
        int[] sizes = new int[64];
        for (EventPlace p : places) {
            sizes[reachClass(p)]++;
        }
        int[][] ranks = new int[64][];
        for (int c = 0; c < 64; c++) {
            ranks[c] = new int[sizes[c]];
        }
        int[] filled = new int[64];
        for (int k = 0; k < byMarker.length; k++) {
            int c = reachClass(places[byMarker[k]]);
            ranks[c][filled[c]++] = k;
        }
        return ranks;
    }

    /**
     * Positions ordered by marker day, equal days in timeline order. Markers are whole or half days, so
     * twice the marker and the position pack into one long and sort as primitives: a million events
     * sort in well under a second on two cores.
     */
    private static int[] byMarkerOrder(EventPlace[] places) {
        int n = places.length;
        int[] order = new int[n];
        if (n < 1 << POSITION_BITS) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                long halfDays = Math.round(places[i].marker() * 2) + HALF_DAY_OFFSET;
                keys[i] = halfDays << POSITION_BITS | i;
            }
            Arrays.parallelSort(keys);
            for (int k = 0; k < n; k++) {
                order[k] = (int) (keys[k] & ((1L << POSITION_BITS) - 1));
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, Comparator.comparingDouble(i -> places[i].marker()));
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
        }
        return order;
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
        int k = rankOf(e);
        return k < 0 ? -1 : byMarker[k];
    }

    /**
     * The marker rank of an event of this index, or -1: a binary search for its marker day, then a look
     * among the events that share that day (no map from every event, which would cost memory and time).
     */
    public int rankOf(Event e) {
        if (e == null) {
            return -1;
        }
        double marker = EventPlace.of(e).marker();
        for (int k = firstAtOrAfter(marker); k < markers.length && markers[k] == marker; k++) {
            if (events.get(byMarker[k]) == e) {
                return k;
            }
        }
        return -1;
    }

    public EventPlace place(Event e) {
        return EventPlace.of(e);
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

    /** The events whose markers lie in [from, to), in timeline order. */
    public List<Event> eventsBetween(double from, double to) {
        int[] positions = Arrays.copyOfRange(byMarker, firstAtOrAfter(from), Math.max(firstAtOrAfter(from), firstAtOrAfter(to)));
        Arrays.sort(positions);
        List<Event> inside = new ArrayList<>(positions.length);
        for (int i : positions) {
            inside.add(events.get(i));
        }
        return inside;
    }

    /**
     * The marker ranks, ascending, of the events whose time overlaps [from, to): those whose marker lies
     * there and those reaching in from either side; or null when more than {@code limit} do. Each reach
     * class is searched only as far as its events can reach, and the search gives up after a few times
     * {@code limit} candidates, so its work stays bounded whatever the timeline holds.
     */
    public int[] ranksOverlapping(double from, double to, int limit) {
        int[] found = new int[Math.max(16, Math.min(limit, count(from, to)))];
        int n = 0;
        long examined = 0;
        for (int c = 0; c < ranksByReach.length; c++) {
            int[] ranks = ranksByReach[c];
            double reach = Math.scalb(1.0, c);
            for (int i = firstInClass(ranks, from - reach); i < ranks.length && markers[ranks[i]] < to + reach; i++) {
                if (++examined > 4L * limit) {
                    return null;
                }
                EventPlace p = places[byMarker[ranks[i]]];
                if (p.end() > from && p.begin() < to) {
                    if (n == limit) {
                        return null;
                    }
                    if (n == found.length) {
                        found = Arrays.copyOf(found, Math.min(limit, n * 2));
                    }
                    found[n++] = ranks[i];
                }
            }
        }
        int[] overlapping = Arrays.copyOf(found, n);
        Arrays.sort(overlapping);
        return overlapping;
    }

    private int firstInClass(int[] ranks, double day) {
        int lo = 0;
        int hi = ranks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (markers[ranks[mid]] < day) {
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

    /** The window that shows every event with a margin, or a default decade when there are none. */
    public TimeWindow fittingWindow() {
        if (markers.length == 0) {
            return TimeWindow.of(LocalDate.of(2000, 1, 1), LocalDate.of(2009, 12, 31));
        }
        return TimeWindow.around(earliest, latest, 0.04);
    }
}
