package dev.annals.geo;

/**
 * Lambert azimuthal equal-area on an ellipsoid (EPSG method 9820), the projection of EPSG:3035 that
 * Eurostat and the EEA use for maps of Europe: areas are true everywhere, shapes are good near the centre.
 *
 * <p>Formulas from EPSG Guidance Note 7-2 §3.2.3.2 (after Snyder, <i>Map Projections: A Working Manual</i>,
 * 1987, pp. 187–190), with the authalic latitude β standing in for the geodetic one.
 */
public final class LambertAzimuthalEqualArea implements Projection {
    private final Ellipsoid ellipsoid;
    private final double lon0;
    private final double lat0;
    private final double falseEasting;
    private final double falseNorthing;

    private final double e;
    private final double e2;
    private final double qPole;
    private final double sinBeta0;
    private final double cosBeta0;
    private final double authalicRadius;
    private final double d;

    /**
     * @param lonOfOrigin   longitude of the centre in degrees
     * @param latOfOrigin   latitude of the centre in degrees
     * @param falseEasting  x of the centre in metres
     * @param falseNorthing y of the centre in metres
     */
    public LambertAzimuthalEqualArea(Ellipsoid ellipsoid, double lonOfOrigin, double latOfOrigin, double falseEasting,
            double falseNorthing) {
        this.ellipsoid = ellipsoid;
        this.lon0 = Math.toRadians(lonOfOrigin);
        this.lat0 = Math.toRadians(latOfOrigin);
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        this.e2 = ellipsoid.eccentricitySquared();
        this.e = ellipsoid.eccentricity();
        this.qPole = q(Math.PI / 2);
        double beta0 = Math.asin(q(lat0) / qPole);
        this.sinBeta0 = Math.sin(beta0);
        this.cosBeta0 = Math.cos(beta0);
        this.authalicRadius = ellipsoid.semiMajorAxis() * Math.sqrt(qPole / 2);
        double sinLat0 = Math.sin(lat0);
        this.d = ellipsoid.semiMajorAxis() * Math.cos(lat0) / Math.sqrt(1 - e2 * sinLat0 * sinLat0)
                / (authalicRadius * cosBeta0);
    }

    /** ETRS89-LAEA (EPSG:3035): centre 10°E 52°N on GRS80, false easting 4 321 000 m, false northing 3 210 000 m. */
    public static LambertAzimuthalEqualArea etrs89() {
        return new LambertAzimuthalEqualArea(Ellipsoid.GRS80, 10, 52, 4_321_000, 3_210_000);
    }

    @Override
    public String name() {
        return "Lambert azimuthal equal-area, " + Projections.describe(Math.toDegrees(lon0), Math.toDegrees(lat0));
    }

    @Override
    public void project(double lonDeg, double latDeg, double[] out, int offset) {
        // sin and cos of the authalic latitude straight from q, without the asin, sin and cos of β itself
        double sinBeta = Math.max(-1, Math.min(1, q(Math.toRadians(latDeg)) / qPole));
        double cosBeta = Math.sqrt(1 - sinBeta * sinBeta);
        double dLon = Math.toRadians(lonDeg) - lon0;
        double cosDLon = Math.cos(dLon);
        double denominator = 1 + sinBeta0 * sinBeta + cosBeta0 * cosBeta * cosDLon;
        if (denominator < 1e-12) { // the antipode of the centre is a whole circle on the plane
            out[offset] = Double.NaN;
            out[offset + 1] = Double.NaN;
            return;
        }
        double b = authalicRadius * Math.sqrt(2 / denominator);
        out[offset] = falseEasting + b * d * cosBeta * Math.sin(dLon);
        out[offset + 1] = falseNorthing + b / d * (cosBeta0 * sinBeta - sinBeta0 * cosBeta * cosDLon);
    }

    @Override
    public void inverse(double x, double y, double[] out, int offset) {
        double dx = x - falseEasting;
        double dy = y - falseNorthing;
        double rho = Math.hypot(dx / d, d * dy);
        if (rho < 1e-9) {
            out[offset] = Math.toDegrees(lon0);
            out[offset + 1] = Math.toDegrees(lat0);
            return;
        }
        double c = 2 * Math.asin(Math.min(1, rho / (2 * authalicRadius)));
        double sinC = Math.sin(c);
        double cosC = Math.cos(c);
        double beta = Math.asin(cosC * sinBeta0 + d * dy * sinC * cosBeta0 / rho);
        double lon = lon0 + Math.atan2(dx * sinC, d * rho * cosBeta0 * cosC - d * d * dy * sinBeta0 * sinC);
        out[offset] = Math.toDegrees(Math.IEEEremainder(lon, 2 * Math.PI));
        out[offset + 1] = Math.toDegrees(geodeticLatitude(beta));
    }

    @Override
    public Projection centredOn(double lonDeg, double latDeg) {
        return new LambertAzimuthalEqualArea(ellipsoid, lonDeg, latDeg, 0, 0);
    }

    /** Snyder's q (eq. 3-12): proportional to the area between the equator and latitude {@code lat}. */
    private double q(double lat) {
        double sin = Math.sin(lat);
        return (1 - e2) * (sin / (1 - e2 * sin * sin) - Math.log((1 - e * sin) / (1 + e * sin)) / (2 * e));
    }

    /** Authalic back to geodetic latitude by the series of Snyder eq. 3-18 (EPSG too), good to 2 mm on the ground. */
    private double geodeticLatitude(double beta) {
        double e4 = e2 * e2;
        double e6 = e4 * e2;
        return beta
                + (e2 / 3 + 31 * e4 / 180 + 517 * e6 / 5040) * Math.sin(2 * beta)
                + (23 * e4 / 360 + 251 * e6 / 3780) * Math.sin(4 * beta)
                + (761 * e6 / 45360) * Math.sin(6 * beta);
    }
}
