package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Projected coordinates of known points against reference values computed elsewhere.
 *
 * <p>Two independent references: the worked examples printed in EPSG Guidance Note 7-2 (IOGP
 * publication 373-7-2, §3.2.1.1 and §3.2.3.2), and PROJ 9.1.1 (Debian package proj-bin), a separate
 * implementation of the same ellipsoidal formulas, run as
 * <pre>
 * cs2cs -f %.3f +proj=longlat +ellps=GRS80 +to +proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80
 * cs2cs -f %.3f +proj=longlat +ellps=GRS80 +to +proj=lcc +lat_0=52 +lon_0=10 +lat_1=35 +lat_2=65 +x_0=4000000 +y_0=2800000 +ellps=GRS80
 * </pre>
 * which are the definitions {@code projinfo EPSG:3035} and {@code projinfo EPSG:3034} print. Both
 * sides work on the GRS80 ellipsoid, so they agree to well under a centimetre; the tolerance is 1 cm.
 */
class ProjectionTest {
    private static final double CM = 0.01;
    private static final double US_SURVEY_FOOT = 1200.0 / 3937;

    private final Projection laea = LambertAzimuthalEqualArea.etrs89();
    private final Projection lcc = LambertConformalConic.etrs89();

    // given the EPSG guidance note's example for EPSG:3035, when 50°N 5°E is projected, then it lands where the note says
    @Test
    void laeaMatchesTheEpsgGuidanceNoteExample() {
        double[] xy = laea.project(5, 50);
        assertThat(xy[0]).isCloseTo(3_962_799.45, within(CM));
        assertThat(xy[1]).isCloseTo(2_999_718.85, within(CM));
    }

    // given cities across Europe, when projected to EPSG:3035, then they land where PROJ puts them
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Brussels,   4.3517,  50.8503, 3923672.021, 3097434.537",
            "Minsk,     27.5667,  53.9,    5462768.231, 3560996.610",
            "Lisbon,    -9.1393,  38.7223, 2665519.214, 1946764.045",
            "Reykjavik, -21.9426, 64.1466, 2821215.661, 4911736.922",
            "origin,    10,       52,      4321000.000, 3210000.000"})
    void laeaMatchesProj(String city, double lon, double lat, double x, double y) {
        double[] xy = laea.project(lon, lat);
        assertThat(xy[0]).as(city + " x").isCloseTo(x, within(CM));
        assertThat(xy[1]).as(city + " y").isCloseTo(y, within(CM));
    }

    // given cities across Europe, when projected to EPSG:3034, then they land where PROJ puts them
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Brussels,   4.3517,  50.8503, 3616276.289, 2691149.976",
            "Minsk,     27.5667,  53.9,    5106149.889, 3136428.390",
            "Lisbon,    -9.1393,  38.7223, 2377301.708, 1577180.417",
            "Reykjavik, -21.9426, 64.1466, 2499815.940, 4449911.024",
            "origin,    10,       52,      4000000.000, 2800000.000"})
    void lccMatchesProj(String city, double lon, double lat, double x, double y) {
        double[] xy = lcc.project(lon, lat);
        assertThat(xy[0]).as(city + " x").isCloseTo(x, within(CM));
        assertThat(xy[1]).as(city + " y").isCloseTo(y, within(CM));
    }

    // given the guidance note's LCC example (NAD27 Texas South Central, Clarke 1866, US survey feet), then it matches to 0.01 ft
    @Test
    void lccMatchesTheEpsgGuidanceNoteExampleOnAnotherEllipsoid() {
        Ellipsoid clarke1866 = new Ellipsoid(6_378_206.4, 294.978_698_2);
        Projection texas = new LambertConformalConic(clarke1866, -99, 27 + 50 / 60.0, 28 + 23 / 60.0, 30 + 17 / 60.0,
                2_000_000 * US_SURVEY_FOOT, 0);
        double[] xy = texas.project(-96, 28.5);
        assertThat(xy[0] / US_SURVEY_FOOT).isCloseTo(2_963_503.91, within(0.01));
        assertThat(xy[1] / US_SURVEY_FOOT).isCloseTo(254_759.80, within(0.01));
    }

    // given any point of the map, when projected and inverted, then it comes back to within 1e-7° (1 cm; the
    // equal-area inverse ends in a series good to about 1 mm)
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"4.3517, 50.8503", "27.5667, 53.9", "-9.1393, 38.7223", "-21.9426, 64.1466", "-74.006, 40.7128",
            "-150.0, 61.2", "178.0, 65.0", "10, 52", "0, 0", "-60, -30"})
    void inverseUndoesProject(double lon, double lat) {
        for (Projection p : new Projection[] {laea, lcc, laea.centredOn(-100, 55), lcc.centredOn(-100, 55)}) {
            double[] xy = p.project(lon, lat);
            double[] back = p.inverse(xy[0], xy[1]);
            assertThat(back[0]).as(p.name() + " lon").isCloseTo(lon, within(1e-7));
            assertThat(back[1]).as(p.name() + " lat").isCloseTo(lat, within(1e-7));
        }
    }

    // given EPSG:3034, then meridians are straight and the central one vertical, and scale is true on a standard parallel
    @Test
    void lccIsAConeTrueToScaleOnItsStandardParallels() {
        for (double lat = 30; lat <= 70; lat += 10) {
            assertThat(lcc.project(10, lat)[0]).isCloseTo(4_000_000, within(1e-6));
        }
        double[] a = lcc.project(20, 30);
        double[] b = lcc.project(20, 50);
        double[] c = lcc.project(20, 70);
        double cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
        assertThat(cross / Math.hypot(c[0] - a[0], c[1] - a[1])).as("distance of 50°N from the 30–70°N chord, m")
                .isCloseTo(0, within(1e-3));

        // one arc-second of longitude along 35°N measures N·cos φ·Δλ on the GRS80 ellipsoid
        double e2 = Ellipsoid.GRS80.eccentricitySquared();
        double phi = Math.toRadians(35);
        double parallelRadius = Ellipsoid.GRS80.semiMajorAxis() * Math.cos(phi) / Math.sqrt(1 - e2 * Math.pow(Math.sin(phi), 2));
        double[] p = lcc.project(10, 35);
        double[] q = lcc.project(10 + 1 / 3600.0, 35);
        assertThat(Math.hypot(q[0] - p[0], q[1] - p[1]) / (parallelRadius * Math.toRadians(1 / 3600.0)))
                .as("scale factor on 35°N").isCloseTo(1, within(1e-9));
    }

    // given an inset projection centred elsewhere, then its centre is the plane's origin
    @Test
    void centredOnMovesTheCentreToTheOrigin() {
        for (Projection p : new Projection[] {laea.centredOn(-100, 55), lcc.centredOn(-100, 55)}) {
            double[] xy = p.project(-100, 55);
            assertThat(xy[0]).isCloseTo(0, within(1e-6));
            assertThat(xy[1]).isCloseTo(0, within(1e-6));
        }
        assertThat(laea.centredOn(-100, 55).name()).isEqualTo("Lambert azimuthal equal-area, 100°W 55°N");
        assertThat(lcc.name()).isEqualTo("Lambert conformal conic, 10°E 52°N, standard parallels 35°N and 65°N");
    }

    // given points a projection cannot show, then they come out as NaN rather than as huge numbers
    @Test
    void unshowablePointsAreNaN() {
        assertThat(laea.project(-170, -52)[0]).as("antipode of 10°E 52°N").isNaN();
        assertThat(lcc.project(0, -85)[1]).as("near the far pole of a northern cone").isNaN();
        assertThat(laea.project(-170, -50)[0]).as("near, not at, the antipode").isFinite();
    }

    // given the locator's projection word, then "Conic" picks the conformal conic and anything else the equal-area azimuthal
    @Test
    void locatorWordChoosesTheProjection() {
        assertThat(Projections.forLocator("Lambert")).isInstanceOf(LambertAzimuthalEqualArea.class);
        assertThat(Projections.forLocator("Conic")).isInstanceOf(LambertConformalConic.class);
        assertThat(Projections.forLocator("Lambert conformal conic")).isInstanceOf(LambertConformalConic.class);
        assertThat(Projections.forLocator("Mercator")).isInstanceOf(LambertAzimuthalEqualArea.class);
        assertThat(Projections.forLocator(null)).isInstanceOf(LambertAzimuthalEqualArea.class);
    }
}
