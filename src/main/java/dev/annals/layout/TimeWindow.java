package dev.annals.layout;

import java.time.LocalDate;

/**
 * The stretch of time a view shows, in days since 1970-01-01 (fractions allowed), from {@code start}
 * (inclusive) to {@code end} (exclusive).
 */
public record TimeWindow(double start, double end) {
    /** The narrowest window a view may show: one week. */
    public static final double MIN_SPAN = 7;
    /** The widest window a view may show: about 150 years. */
    public static final double MAX_SPAN = 365.2425 * 150;

    public TimeWindow {
        if (!(end > start) || Double.isInfinite(start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("empty window " + start + ".." + end);
        }
    }

    /** The window from the first day of {@code from} to the end of {@code to}. */
    public static TimeWindow of(LocalDate from, LocalDate to) {
        return new TimeWindow(from.toEpochDay(), to.toEpochDay() + 1);
    }

    public double span() {
        return end - start;
    }

    public double centre() {
        return (start + end) / 2;
    }

    public boolean contains(double day) {
        return day >= start && day < end;
    }

    /**
     * The window scaled by {@code factor} (below 1 zooms in) around {@code anchor}, which keeps its
     * place on screen; the span stays within {@link #MIN_SPAN} and {@link #MAX_SPAN}.
     */
    public TimeWindow zoom(double factor, double anchor) {
        double newSpan = Math.max(MIN_SPAN, Math.min(MAX_SPAN, span() * factor));
        double ratio = (anchor - start) / span();
        double newStart = anchor - ratio * newSpan;
        return new TimeWindow(newStart, newStart + newSpan);
    }

    /** The same span moved by {@code days}. */
    public TimeWindow pan(double days) {
        return new TimeWindow(start + days, end + days);
    }

    /**
     * The smallest shift of this window that shows [from, to) with {@code margin} to spare, or this
     * window when it already does; when the stretch is wider than the window, its start is shown.
     */
    public TimeWindow reveal(double from, double to, double margin) {
        if (from - margin >= start && to + margin <= end) {
            return this;
        }
        if (to - from + 2 * margin > span() || from - margin < start) {
            return pan(from - margin - start);
        }
        return pan(to + margin - end);
    }

    /** A window around [from, to) with a margin on both sides, within the span limits. */
    public static TimeWindow around(double from, double to, double marginShare) {
        double span = Math.max(to - from, MIN_SPAN);
        double margin = span * marginShare;
        TimeWindow w = new TimeWindow(from - margin, from + span + margin);
        return w.span() > MAX_SPAN ? w.zoom(MAX_SPAN / w.span(), w.centre()) : w;
    }
}
