package dev.annals.layout;

import dev.annals.model.Event;

/**
 * An event as drawn: its marker at {@code x}, a bar from {@code barFrom} to {@code barTo} when it covers
 * more than a day, and its label in {@code row} from {@code labelX} (row -1: no label fits).
 */
public record Marker(Event event, double x, double barFrom, double barTo, int row, double labelX, String label,
        boolean exact, boolean fromContext, boolean selected, boolean highlighted) {

    public boolean hasLabel() {
        return row >= 0;
    }
}
