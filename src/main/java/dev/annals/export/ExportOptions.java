package dev.annals.export;

import java.time.Clock;
import java.util.Objects;

/**
 * How to print an export: the paper, whether to include the locator map and what draws it, and the
 * clock that dates the document (fixed in tests, so two exports of one period are alike).
 */
public record ExportOptions(Paper paper, boolean includeMap, MapDrawer mapDrawer, Clock clock) {
    /** A4, with the map when a drawer is given (there is none yet), dated by the system clock. */
    public static final ExportOptions DEFAULTS = new ExportOptions(Paper.A4, true, MapDrawer.NONE, Clock.systemDefaultZone());

    public ExportOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(mapDrawer, "mapDrawer");
        Objects.requireNonNull(clock, "clock");
    }

    public ExportOptions withPaper(Paper p) {
        return new ExportOptions(p, includeMap, mapDrawer, clock);
    }

    public ExportOptions withMap(boolean include) {
        return new ExportOptions(paper, include, mapDrawer, clock);
    }

    public ExportOptions withMapDrawer(MapDrawer drawer) {
        return new ExportOptions(paper, includeMap, drawer, clock);
    }

    public ExportOptions withClock(Clock c) {
        return new ExportOptions(paper, includeMap, mapDrawer, c);
    }
}
