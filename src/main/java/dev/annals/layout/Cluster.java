package dev.annals.layout;

/**
 * Events too close to draw apart: a badge at {@code x} with their count, whose markers lie in days
 * [fromDay, toDay) and whose dates can mean any time in [spanFrom, spanTo): the whole of 2010 for events
 * dated only "2010", whose markers all sit in its middle.
 */
public record Cluster(double x, int count, double fromDay, double toDay, double spanFrom, double spanTo,
        boolean holdsSelection, boolean holdsHighlight) {

    /**
     * The count as a badge shows it, short enough for a slice of the axis: whole up to 999, then rounded
     * down to "1.5k", "15k", "1.2M" (the tooltip tells the exact count).
     */
    public String countLabel() {
        if (count < 1_000) {
            return Integer.toString(count);
        }
        return count < 1_000_000 ? shortened(count, 1_000, "k") : shortened(count, 1_000_000, "M");
    }

    /** One decimal below ten units, none from ten on. */
    private static String shortened(int n, int unit, String suffix) {
        int tenths = (int) ((long) n * 10 / unit);
        if (tenths >= 100 || tenths % 10 == 0) {
            return tenths / 10 + suffix;
        }
        return tenths / 10 + "." + tenths % 10 + suffix;
    }
}
