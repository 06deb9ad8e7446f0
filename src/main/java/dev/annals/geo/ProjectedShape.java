package dev.annals.geo;

import java.util.List;

/**
 * An atlas shape on the projected plane: rings of x, y in metres, with their bounds and a point to
 * label it by. Rings are flat arrays {@code x0, y0, x1, y1, …}, closing by themselves; fill with the
 * even-odd rule; treat the arrays as read-only.
 */
public final class ProjectedShape {
    private final CountryShape country;
    private final List<double[]> rings;
    private final Bounds bounds;
    private final double labelX;
    private final double labelY;

    ProjectedShape(CountryShape country, List<double[]> rings) {
        this.country = country;
        this.rings = List.copyOf(rings);
        this.bounds = Bounds.of(this.rings);
        double[] largest = null;
        double largestArea = -1;
        for (double[] ring : this.rings) {
            double area = Math.abs(signedArea(ring));
            if (area > largestArea) {
                largest = ring;
                largestArea = area;
            }
        }
        double[] centroid = centroid(largest);
        this.labelX = centroid[0];
        this.labelY = centroid[1];
    }

    /** The atlas shape this was projected from. */
    public CountryShape country() {
        return country;
    }

    public List<double[]> rings() {
        return rings;
    }

    public Bounds bounds() {
        return bounds;
    }

    /** x of the centroid of the largest ring: where to put a label, or aim arrow-key moves between countries. */
    public double labelX() {
        return labelX;
    }

    /** y of the centroid of the largest ring. */
    public double labelY() {
        return labelY;
    }

    /** Whether the plane point is inside the shape, by the even-odd rule the shape is filled with. */
    public boolean contains(double x, double y) {
        if (!bounds.contains(x, y)) {
            return false;
        }
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length;
            for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
                double xi = ring[i];
                double yi = ring[i + 1];
                double xj = ring[j];
                double yj = ring[j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    @Override
    public String toString() {
        return country.toString();
    }

    /** Twice the area by the shoelace formula, positive when counter-clockwise. */
    private static double signedArea(double[] ring) {
        double sum = 0;
        int n = ring.length;
        for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
            sum += ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
        }
        return sum;
    }

    private static double[] centroid(double[] ring) {
        double area2 = signedArea(ring);
        int n = ring.length;
        if (Math.abs(area2) < 1e-9) { // a degenerate sliver: its mean point will do
            double sx = 0;
            double sy = 0;
            for (int i = 0; i < n; i += 2) {
                sx += ring[i];
                sy += ring[i + 1];
            }
            return new double[] {2 * sx / n, 2 * sy / n};
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
            double cross = ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
            cx += (ring[j] + ring[i]) * cross;
            cy += (ring[j + 1] + ring[i + 1]) * cross;
        }
        return new double[] {cx / (3 * area2), cy / (3 * area2)};
    }
}
