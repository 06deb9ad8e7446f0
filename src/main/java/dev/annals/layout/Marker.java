package dev.annals.layout;

import dev.annals.model.Event;

/**
 * An event as drawn, in {@code row} (-1: no label fits) with its label from {@code labelX}: an exact day
 * ({@code exact}) is a dot at {@code x}; any other date or a range is a bar from {@code barFrom} to
 * {@code barTo} over the time it can mean, never a point in its middle. {@code x} is where it sorts.
 */
public record Marker(Event event, double x, double barFrom, double barTo, int row, double labelX, String label,
        boolean exact, boolean range, boolean fromContext, boolean selected, boolean highlighted) {

    public boolean hasLabel() {
        return row >= 0;
    }
}
