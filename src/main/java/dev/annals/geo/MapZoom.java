package dev.annals.geo;

/**
 * The user's zoom and pan of a map, relative to the view fitted to its rectangle, so the map keeps its
 * place when the rectangle is resized.
 *
 * @param factor how much closer than the fitted view (1 is fitted)
 * @param panX   screen distance moved right
 * @param panY   screen distance moved down
 */
public record MapZoom(double factor, double panX, double panY) {
    /** The fitted view. */
    public static final MapZoom NONE = new MapZoom(1, 0, 0);
    static final double MIN = 0.5;
    static final double MAX = 40;

    /** Zoomed by {@code by} keeping the point (x, y) of a {@code width} × {@code height} rectangle still; within 0.5 to 40. */
    public MapZoom zoomedAt(double by, double x, double y, double width, double height) {
        double newFactor = Math.max(MIN, Math.min(MAX, factor * by));
        double applied = newFactor / factor;
        // The pan scales about (x, y), measured from the rectangle's centre.
        double cx = width / 2 + panX;
        double cy = height / 2 + panY;
        return new MapZoom(newFactor, (cx - x) * applied + x - width / 2, (cy - y) * applied + y - height / 2);
    }

    public MapZoom panned(double dx, double dy) {
        return new MapZoom(factor, panX + dx, panY + dy);
    }

    /** {@code fitted} zoomed about the centre of the {@code width} × {@code height} rectangle, then panned. */
    public Viewport applyTo(Viewport fitted, double width, double height) {
        return fitted.zoomedAt(factor, width / 2, height / 2).panned(panX, panY);
    }
}
