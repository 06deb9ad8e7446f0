package dev.annals.geo;

/**
 * The map from the projected plane to a screen or page: a uniform scale, so shapes keep their aspect,
 * and a shift, with y turned over (the plane's y points north, a screen's down). The UI's zoom and pan
 * and the PDF's page placement are both a {@code Viewport}.
 *
 * @param scale   screen units per metre
 * @param originX screen x of plane x = 0
 * @param originY screen y of plane y = 0
 */
public record Viewport(double scale, double originX, double originY) {
    public Viewport {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
    }

    /** The largest view of {@code world} that fits the screen rectangle, centred in it. */
    public static Viewport fit(Bounds world, double x, double y, double width, double height) {
        double scale = Math.min(width / world.width(), height / world.height());
        double midX = (world.minX() + world.maxX()) / 2;
        double midY = (world.minY() + world.maxY()) / 2;
        return new Viewport(scale, x + width / 2 - scale * midX, y + height / 2 + scale * midY);
    }

    public double screenX(double planeX) {
        return originX + scale * planeX;
    }

    public double screenY(double planeY) {
        return originY - scale * planeY;
    }

    public double planeX(double screenX) {
        return (screenX - originX) / scale;
    }

    public double planeY(double screenY) {
        return (originY - screenY) / scale;
    }

    /** Zoomed by {@code factor} (above 1 is closer) keeping the plane point under the screen point still. */
    public Viewport zoomedAt(double factor, double screenX, double screenY) {
        return new Viewport(scale * factor, screenX - factor * (screenX - originX), screenY - factor * (screenY - originY));
    }

    /** Moved by a screen distance, as when the map is dragged. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(scale, originX + dx, originY + dy);
    }
}
