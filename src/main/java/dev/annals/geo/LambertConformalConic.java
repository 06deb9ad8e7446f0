package dev.annals.geo;

/**
 * Lambert conformal conic with two standard parallels on an ellipsoid (EPSG method 9802), the
 * projection of EPSG:3034: angles and small shapes are true, scale is true along both parallels.
 *
 * <p>Formulas from EPSG Guidance Note 7-2 §3.2.1.1 (Snyder 1987, pp. 107–109). Longitudes are taken
 * within 180° of the central meridian, so a ring crossing the meridian opposite it is torn apart across
 * the top of the cone; neither map view reaches that far. Within 10° of the pole the cone opens away
 * from, where the scale exceeds 50, points come out as NaN.
 */
public final class LambertConformalConic implements Projection {
    private static final double FAR_POLE_LIMIT = 80;

    private final Ellipsoid ellipsoid;
    private final double lonOfOrigin;
    private final double latOfOrigin;
    private final double parallel1;
    private final double parallel2;
    private final double falseEasting;
    private final double falseNorthing;

    private final double a;
    private final double e;
    private final double n;
    private final double f;
    private final double rhoOfOrigin;

    /**
     * @param lonOfOrigin   longitude of the false origin (the central meridian) in degrees
     * @param latOfOrigin   latitude of the false origin in degrees
     * @param parallel1     first standard parallel in degrees
     * @param parallel2     second standard parallel in degrees (may equal the first)
     * @param falseEasting  x of the false origin in metres
     * @param falseNorthing y of the false origin in metres
     */
    public LambertConformalConic(Ellipsoid ellipsoid, double lonOfOrigin, double latOfOrigin, double parallel1,
            double parallel2, double falseEasting, double falseNorthing) {
        if (Math.abs(parallel1 + parallel2) < 1e-9) {
            throw new IllegalArgumentException("standard parallels symmetric about the equator make a cylinder, not a cone");
        }
        this.ellipsoid = ellipsoid;
        this.lonOfOrigin = lonOfOrigin;
        this.latOfOrigin = latOfOrigin;
        this.parallel1 = parallel1;
        this.parallel2 = parallel2;
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        this.a = ellipsoid.semiMajorAxis();
        this.e = ellipsoid.eccentricity();
        double phi1 = Math.toRadians(parallel1);
        double phi2 = Math.toRadians(parallel2);
        double m1 = m(phi1);
        double t1 = t(phi1);
        this.n = parallel1 == parallel2 ? Math.sin(phi1)
                : (Math.log(m1) - Math.log(m(phi2))) / (Math.log(t1) - Math.log(t(phi2)));
        this.f = m1 / (n * Math.pow(t1, n));
        this.rhoOfOrigin = rho(Math.toRadians(latOfOrigin));
    }

    /** ETRS89-LCC (EPSG:3034): parallels 35°N and 65°N, origin 10°E 52°N on GRS80, false origin 4 000 000 m, 2 800 000 m. */
    public static LambertConformalConic etrs89() {
        return new LambertConformalConic(Ellipsoid.GRS80, 10, 52, 35, 65, 4_000_000, 2_800_000);
    }

    @Override
    public String name() {
        return "Lambert conformal conic, " + Projections.describe(lonOfOrigin, latOfOrigin) + ", standard parallels "
                + Projections.describeLatitude(parallel1) + " and " + Projections.describeLatitude(parallel2);
    }

    @Override
    public void project(double lonDeg, double latDeg, double[] out, int offset) {
        if (Math.signum(n) * latDeg < -FAR_POLE_LIMIT) {
            out[offset] = Double.NaN;
            out[offset + 1] = Double.NaN;
            return;
        }
        double r = rho(Math.toRadians(latDeg));
        double theta = n * Math.IEEEremainder(Math.toRadians(lonDeg - lonOfOrigin), 2 * Math.PI);
        out[offset] = falseEasting + r * Math.sin(theta);
        out[offset + 1] = falseNorthing + rhoOfOrigin - r * Math.cos(theta);
    }

    @Override
    public void inverse(double x, double y, double[] out, int offset) {
        double dx = x - falseEasting;
        double dy = rhoOfOrigin - (y - falseNorthing);
        double sign = Math.signum(n);
        double r = sign * Math.hypot(dx, dy);
        double theta = Math.atan2(sign * dx, sign * dy);
        double t = Math.pow(r / (a * f), 1 / n);
        double lat = Math.PI / 2 - 2 * Math.atan(t);
        for (int i = 0; i < 15; i++) { // converges to 1e-12 rad in about five rounds
            double sin = Math.sin(lat);
            double next = Math.PI / 2 - 2 * Math.atan(t * Math.pow((1 - e * sin) / (1 + e * sin), e / 2));
            boolean done = Math.abs(next - lat) < 1e-12;
            lat = next;
            if (done) {
                break;
            }
        }
        out[offset] = Math.toDegrees(Math.IEEEremainder(theta / n + Math.toRadians(lonOfOrigin), 2 * Math.PI));
        out[offset + 1] = Math.toDegrees(lat);
    }

    @Override
    public Projection centredOn(double lonDeg, double latDeg) {
        return new LambertConformalConic(ellipsoid, lonDeg, latDeg, parallel1, parallel2, 0, 0);
    }

    private double m(double lat) {
        double sin = Math.sin(lat);
        return Math.cos(lat) / Math.sqrt(1 - e * e * sin * sin);
    }

    private double t(double lat) {
        double sin = Math.sin(lat);
        return Math.tan(Math.PI / 4 - lat / 2) / Math.pow((1 - e * sin) / (1 + e * sin), e / 2);
    }

    private double rho(double lat) {
        return a * f * Math.pow(t(lat), n);
    }
}
