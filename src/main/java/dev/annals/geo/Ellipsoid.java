package dev.annals.geo;

/**
 * The figure of the Earth a projection works on, given by its semi-major axis and inverse flattening.
 *
 * @param semiMajorAxis     equatorial radius in metres
 * @param inverseFlattening 1/f
 */
public record Ellipsoid(double semiMajorAxis, double inverseFlattening) {
    /** GRS 1980, the ellipsoid of ETRS89 and so of EPSG:3035 and EPSG:3034. */
    public static final Ellipsoid GRS80 = new Ellipsoid(6_378_137.0, 298.257222101);

    public Ellipsoid {
        if (!(semiMajorAxis > 0) || !(inverseFlattening > 1)) {
            throw new IllegalArgumentException("not an oblate ellipsoid: a=" + semiMajorAxis + ", 1/f=" + inverseFlattening);
        }
    }

    /** e², the square of the first eccentricity. */
    public double eccentricitySquared() {
        double f = 1 / inverseFlattening;
        return f * (2 - f);
    }

    /** e, the first eccentricity. */
    public double eccentricity() {
        return Math.sqrt(eccentricitySquared());
    }
}
