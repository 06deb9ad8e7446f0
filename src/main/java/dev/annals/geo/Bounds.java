package dev.annals.geo;

/** An axis-aligned rectangle on the projected plane, in metres, y up. */
public record Bounds(double minX, double minY, double maxX, double maxY) {
    public Bounds {
        if (!(minX <= maxX && minY <= maxY)) {
            throw new IllegalArgumentException("empty or NaN bounds: " + minX + ", " + minY + ", " + maxX + ", " + maxY);
        }
    }

    /** The bounds of the points in flat arrays {@code x0, y0, x1, y1, …}. */
    public static Bounds of(Iterable<double[]> flatPoints) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] points : flatPoints) {
            for (int i = 0; i < points.length; i += 2) {
                minX = Math.min(minX, points[i]);
                maxX = Math.max(maxX, points[i]);
                minY = Math.min(minY, points[i + 1]);
                maxY = Math.max(maxY, points[i + 1]);
            }
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public boolean intersects(Bounds other) {
        return other.minX <= maxX && other.maxX >= minX && other.minY <= maxY && other.maxY >= minY;
    }

    /** The smallest bounds holding both. */
    public Bounds union(Bounds other) {
        return new Bounds(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                Math.max(maxY, other.maxY));
    }
}
