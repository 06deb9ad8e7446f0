package dev.annals.geo;

/**
 * A map projection: geographic (longitude, latitude) in degrees to plane (x, y) in metres, x east and
 * y north, and back.
 *
 * <p>Implementations are immutable and thread-safe. A point a projection cannot show (the antipode of
 * an azimuthal projection's centre, the far pole of a cone) comes out as NaN.
 */
public interface Projection {

    /** A short human-readable name with the centre, e.g. "Lambert azimuthal equal-area, 10°E 52°N". */
    String name();

    /** Writes the plane position of ({@code lonDeg}, {@code latDeg}) to {@code out[offset]} (x) and {@code out[offset + 1]} (y). */
    void project(double lonDeg, double latDeg, double[] out, int offset);

    /** Writes the longitude and latitude in degrees of plane point ({@code x}, {@code y}) to {@code out[offset]} and {@code out[offset + 1]}. */
    void inverse(double x, double y, double[] out, int offset);

    /** The same kind of projection centred on another point, with no false origin; for an inset map. */
    Projection centredOn(double lonDeg, double latDeg);

    /** {x, y} of one point; for single points, where a new array does not matter. */
    default double[] project(double lonDeg, double latDeg) {
        double[] xy = new double[2];
        project(lonDeg, latDeg, xy, 0);
        return xy;
    }

    /** {longitude, latitude} of one plane point. */
    default double[] inverse(double x, double y) {
        double[] lonLat = new double[2];
        inverse(x, y, lonLat, 0);
        return lonLat;
    }
}
