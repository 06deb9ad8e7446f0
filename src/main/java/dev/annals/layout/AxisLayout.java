package dev.annals.layout;

import dev.annals.model.DateBasis;
import dev.annals.model.Event;
import dev.annals.model.Period;
import dev.annals.model.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lays out the axis for one scale. Visible events are found by binary search. Each marker's label goes
 * into the first row where it overlaps nothing; an event for which no row has room joins a cluster
 * badge with a count, which separates as the user zooms in. The selected event's label always shows.
 * Beyond {@link #DENSE} events in view (or reaching into it) the axis shows only counts per slice of
 * screen, computed by binary search, so a frame costs the same for a thousand events or a million.
 */
public final class AxisLayout {
    /** Above this many visible events, slices of screen show counts instead of markers. */
    static final int DENSE = 600;
    /** Width of one counted slice of screen, and the distance within which crowded events cluster. */
    static final double SLICE = 18;
    private static final double LABEL_GAP = 10;
    /** Half the width of an exact day's dot, and of the narrowest bar. */
    private static final double MARKER_RADIUS = 5;
    /** Where a label starts inside the bar that carries it. */
    private static final double BAR_INSET = 5;

    private final TextMeasure measure;
    private final double maxLabelWidth;
    private final TickGenerator ticks;

    public AxisLayout(TextMeasure measure, double maxLabelWidth) {
        this.measure = measure;
        this.maxLabelWidth = maxLabelWidth;
        this.ticks = new TickGenerator(measure);
    }

    /** How long a label may be where the next one is close. */
    public double maxLabelWidth() {
        return maxLabelWidth;
    }

    /**
     * @param selected    the selected event, or null
     * @param highlighted which events to highlight (search matches)
     * @param selection   the selected period, or null
     */
    public AxisPicture layout(EventIndex index, List<Period> periods, TimeScale scale, int rows, Event selected,
            Predicate<Event> highlighted, TimeWindow selection) {
        TimeWindow w = scale.window();
        double pad = (MARKER_RADIUS + 1) / scale.pixelsPerDay();
        double from = w.start() - pad;
        double to = w.end() + pad;
        List<Marker> markers = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        int[] shown = index.count(from, to) > DENSE ? null : index.ranksOverlapping(from, to, DENSE);
        if (shown == null) {
            countSlices(index, scale, selected, clusters, markers);
        } else {
            placeLabels(index, scale, Math.max(0, rows), shown, selected, highlighted, markers, clusters);
        }
        double selFrom = 0;
        double selTo = 0;
        if (selection != null) {
            selFrom = Math.max(-1, scale.x(selection.start()));
            selTo = Math.min(scale.width() + 1, scale.x(selection.end()));
        }
        return new AxisPicture(scale, ticks.ticks(scale), bands(periods, scale), markers, clusters, selFrom, selTo);
    }

    /**
     * Places every label as if nothing were selected, so moving the selection moves no other label and
     * changes no cluster: each in the first row where it overlaps nothing, cut to the longest label the
     * axis shows. Then each cut label takes the room there is up to the next label in its row, and the
     * selected event's label is raised into a free row, or over row 0.
     */
    private void placeLabels(EventIndex index, TimeScale scale, int rows, int[] shown, Event selected,
            Predicate<Event> highlighted, List<Marker> markers, List<Cluster> clusters) {
        LabelRows taken = new LabelRows(rows);
        int selectedRank = selected == null ? -1 : index.rankOf(selected);
        boolean raiseSelected = rows > 0 && selectedRank >= 0 && Arrays.binarySearch(shown, selectedRank) >= 0;
        ClusterBuilder overflow = new ClusterBuilder(scale, selected, raiseSelected, highlighted, clusters, markers);
        List<Placed> placed = new ArrayList<>();
        for (int k : shown) {
            Event e = index.byRank(k);
            EventPlace place = index.placeByRank(k);
            String label = fit(e.headline(), false);
            Shape shape = shape(e, place, label, scale);
            int row = taken.firstFree(shape.from() - LABEL_GAP);
            if (row < 0) {
                // a bar reaching in from outside gathers where it shows
                overflow.add(Math.max(0, Math.min(scale.width(), scale.x(place.marker()))), place, e);
                continue;
            }
            placed.add(new Placed(e, place, row, taken.take(row, shape.from(), shape.to())));
        }
        overflow.flush();
        int selectedRow = -1;
        String selectedLabel = fit(selected == null ? "" : selected.headline(), true);
        for (Placed p : placed) {
            String label = widened(p, taken, scale);
            if (p.event() == selected && raiseSelected) {
                selectedRow = p.row();
                selectedLabel = label;
            } else {
                markers.add(marker(p.event(), shape(p.event(), p.place(), label, scale), p.row(), label, false,
                        highlighted.test(p.event())));
            }
        }
        if (raiseSelected) {
            EventPlace place = index.placeByRank(selectedRank);
            String label = selectedLabel;
            int row = selectedRow;
            if (row < 0) {
                Shape raised = shape(selected, place, label, scale);
                row = Math.max(0, taken.firstFreeBetween(raised.from(), raised.to(), LABEL_GAP));
            }
            markers.add(marker(selected, shape(selected, place, label, scale), row, label, true,
                    highlighted.test(selected)));
        }
    }

    /** A label given a row, and the stretch of it that it takes. */
    private record Placed(Event event, EventPlace place, int row, double[] extent) {
    }

    /**
     * The headline as long as the room to the next label in its row allows (or the axis's end); the
     * label's stretch grows with it. A label left of its mark (at the right edge) stays as it is.
     */
    private String widened(Placed p, LabelRows taken, TimeScale scale) {
        String label = fit(p.event().headline(), false);
        Shape shape = shape(p.event(), p.place(), label, scale);
        if (label.equals(p.event().headline()) || shape.labelX() < shape.barFrom()) {
            return label;
        }
        double room = Math.min(taken.roomAfter(p.row(), shape.to()) - LABEL_GAP, scale.width()) - shape.labelX();
        if (shape.labelX() < shape.barTo()) { // inside its bar, it stays inside
            room = Math.min(room, Math.min(shape.barTo(), scale.width()) - BAR_INSET - shape.labelX());
        }
        String wider = fit(p.event().headline(), Math.max(measure.width(label), room));
        p.extent()[1] = shape(p.event(), p.place(), wider, scale).to();
        return wider;
    }

    private void countSlices(EventIndex index, TimeScale scale, Event selected, List<Cluster> clusters,
            List<Marker> markers) {
        int slices = (int) Math.ceil(scale.width() / SLICE);
        for (int s = 0; s < slices; s++) {
            double from = scale.day(s * SLICE);
            double to = scale.day((s + 1) * SLICE);
            int lo = index.firstAtOrAfter(from);
            int hi = index.firstAtOrAfter(to);
            int n = hi - lo;
            if (n == 1 && index.byRank(lo) != selected) {
                Event e = index.byRank(lo);
                markers.add(marker(e, shape(e, index.placeByRank(lo), "", scale), -1, "", false, false));
            } else if (n > 1) {
                int rank = selected == null ? -1 : index.rankOf(selected);
                clusters.add(new Cluster(scale.x((from + to) / 2), n, from, to, from, to, rank >= lo && rank < hi, false));
            }
        }
        if (selected != null && index.rankOf(selected) >= 0) {
            Event e = selected;
            EventPlace place = index.place(e);
            double x = scale.x(place.marker());
            if (x >= 0 && x <= scale.width()) {
                String label = fit(e.headline(), true);
                markers.add(marker(e, shape(e, place, label, scale), 0, label, true, false));
            }
        }
    }

    private static Marker marker(Event e, Shape shape, int row, String label, boolean selected, boolean highlighted) {
        return new Marker(e, shape.x(), shape.barFrom(), shape.barTo(), row, shape.labelX(), label, isExactDay(e),
                e.end() != null, e.dateBasis() == DateBasis.CONTEXT, selected, highlighted);
    }

    private static boolean isExactDay(Event e) {
        return e.start().precision() == Precision.DAY && e.end() == null;
    }

    /**
     * Where an event is drawn: a dot at x for an exact day; otherwise a bar over the time the date or
     * range can mean, never narrower than a dot. from and to: how much of its row the mark and label take.
     */
    private record Shape(double x, double barFrom, double barTo, double labelX, double from, double to) {
    }

    /**
     * A bar with room for its label carries it inside, from where the bar comes into view; otherwise the
     * label stands right of the dot or bar, or left of it where it would run off the right edge.
     */
    private Shape shape(Event e, EventPlace place, String label, TimeScale scale) {
        double x = scale.x(place.marker());
        double barFrom = x - MARKER_RADIUS;
        double barTo = x + MARKER_RADIUS;
        if (!isExactDay(e)) {
            barFrom = Math.min(barFrom, scale.x(place.begin()));
            barTo = Math.max(barTo, scale.x(place.end()));
            if (barTo - barFrom < 2 * MARKER_RADIUS) { // a month seen from decades away: a short pill round its middle
                double middle = (barFrom + barTo) / 2;
                barFrom = middle - MARKER_RADIUS;
                barTo = middle + MARKER_RADIUS;
            }
        }
        double w = label.isEmpty() ? 0 : measure.width(label);
        double width = scale.width();
        double shownFrom = Math.max(barFrom, 0);
        double shownTo = Math.min(barTo, width);
        double labelX;
        if (!isExactDay(e) && shownTo - shownFrom >= w + 2 * BAR_INSET) {
            labelX = shownFrom + BAR_INSET;
        } else if (barTo + 4 + w <= width || barFrom - 4 - w < 0) {
            labelX = shownTo - shownFrom > width / 2 ? shownFrom + BAR_INSET : barTo + 4; // over a bar filling the view
        } else {
            labelX = barFrom - 4 - w;
        }
        return new Shape(x, barFrom, barTo, labelX, Math.min(barFrom, labelX), Math.max(barTo, labelX + w));
    }

    /** The headline, shortened with an ellipsis to the longest label the axis shows (longer when selected). */
    String fit(String headline, boolean selected) {
        return fit(headline, selected ? this.maxLabelWidth * 1.6 : this.maxLabelWidth);
    }

    /** The headline, shortened with an ellipsis to at most {@code maxWidth}. */
    private String fit(String headline, double maxWidth) {
        if (measure.width(headline) <= maxWidth) {
            return headline;
        }
        int lo = 0;
        int hi = headline.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (measure.width(headline.substring(0, mid) + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return headline.substring(0, lo).stripTrailing() + "…";
    }

    private static List<Band> bands(List<Period> periods, TimeScale scale) {
        List<Band> bands = new ArrayList<>();
        double lastEnd = -Double.MAX_VALUE;
        int lane = 0;
        for (Period p : periods) {
            double from = p.start().firstDay().toEpochDay();
            double to = p.end().lastDay().toEpochDay() + 1;
            lane = from < lastEnd ? 1 - lane : 0; // overlapping periods ("2014–2015", "2015–2020") alternate lanes
            lastEnd = Math.max(lastEnd, to);
            double x1 = scale.x(from);
            double x2 = scale.x(to);
            if (x2 >= 0 && x1 <= scale.width()) {
                bands.add(new Band(p, x1, x2, lane));
            }
        }
        return bands;
    }

    /**
     * Gathers events that found no label row into badges, one per crowded stretch of screen; a lone
     * event keeps its marker, without a label.
     */
    private final class ClusterBuilder {
        private final TimeScale scale;
        private final Event selected;
        /** The selected event has a marker of its own above; a cluster still counts it. */
        private final boolean selectedRaised;
        private final Predicate<Event> highlighted;
        private final List<Cluster> clusters;
        private final List<Marker> markers;
        private double firstX = Double.NaN;
        private double sumX;
        private double fromDay;
        private double toDay;
        private double spanFrom;
        private double spanTo;
        private int count;
        private Event lone;
        private EventPlace lonePlace;
        private boolean holdsSelection;
        private boolean holdsHighlight;

        ClusterBuilder(TimeScale scale, Event selected, boolean selectedRaised, Predicate<Event> highlighted,
                List<Cluster> clusters, List<Marker> markers) {
            this.scale = scale;
            this.selected = selected;
            this.selectedRaised = selectedRaised;
            this.highlighted = highlighted;
            this.clusters = clusters;
            this.markers = markers;
        }

        void add(double x, EventPlace place, Event e) {
            if (!Double.isNaN(firstX) && x - firstX > SLICE) {
                flush();
            }
            if (Double.isNaN(firstX)) {
                firstX = x;
                fromDay = place.marker();
                spanFrom = place.begin();
                spanTo = place.end();
                lone = e;
                lonePlace = place;
            }
            spanFrom = Math.min(spanFrom, place.begin());
            spanTo = Math.max(spanTo, place.end());
            sumX += x;
            toDay = place.marker();
            count++;
            holdsSelection |= e == selected;
            holdsHighlight |= highlighted.test(e);
        }

        void flush() {
            if (count == 1 && !(lone == selected && selectedRaised)) {
                markers.add(marker(lone, shape(lone, lonePlace, "", scale), -1, "", lone == selected, holdsHighlight));
            } else if (count > 1) {
                clusters.add(new Cluster(sumX / count, count, fromDay, Math.max(toDay, fromDay + 1 / scale.pixelsPerDay()),
                        spanFrom, spanTo, holdsSelection, holdsHighlight));
            }
            firstX = Double.NaN;
            sumX = 0;
            count = 0;
            lone = null;
            holdsSelection = false;
            holdsHighlight = false;
        }
    }
}
