package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Country;
import dev.annals.model.Locator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The atlas projected for the locator map's two views: everything a NATO locator needs is in frame, and hit-testable. */
class ProjectedMapTest {
    private static final WorldAtlas ATLAS = WorldAtlas.standard();
    private static final Projection LAMBERT = Projections.forLocator("Lambert");
    private static final ProjectedMap EUROPE = ProjectedMap.of(ATLAS, MapView.europe(LAMBERT));
    private static final ProjectedMap NORTH_AMERICA = ProjectedMap.of(ATLAS, MapView.northAmerica(LAMBERT));

    // given the seed's 32 members and its subject, then each one's main landmass is inside the Europe view or the inset
    @Test
    void everyMemberAndTheSubjectIsInAView() {
        CountryMatcher matcher = CountryMatcher.standard();
        Locator locator = SeedLocator.timeline().locator();
        for (Country c : matcher.match(locator.memberStates()).matched().values()) {
            CountryShape own = matcher.shapes(c).get(0);
            boolean american = c.iso().equals("840") || c.iso().equals("124");
            ProjectedShape shape = (american ? NORTH_AMERICA : EUROPE).shape(own).orElseThrow();
            assertThat((american ? NORTH_AMERICA : EUROPE).frame().contains(shape.labelX(), shape.labelY()))
                    .as(c.name() + " in " + (american ? "North America" : "Europe")).isTrue();
        }
        ProjectedShape belarus = EUROPE.shape(ATLAS.named("Belarus").orElseThrow()).orElseThrow();
        assertThat(EUROPE.frame().contains(belarus.labelX(), belarus.labelY())).isTrue();
    }

    // given a point on the ground, when projected, then the shape under it is the country there
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Brussels,  4.3517,  50.8503, Belgium",
            "Minsk,    27.5667,  53.9,    Belarus",
            "Greenland's ice sheet, -40, 72, Greenland",
            "Rome,     12.4964,  41.9028, Italy",
            "Vatican,  12.435,   41.902,  Vatican",
            "Maseru,   27.4833, -29.3167, Lesotho",
            "Bloemfontein, 26.2041, -29.0852, South Africa"})
    void findsTheShapeUnderAPoint(String place, double lon, double lat, String atlasName) {
        double[] xy = LAMBERT.project(lon, lat);
        assertThat(EUROPE.shapeAt(xy[0], xy[1]).map(s -> s.country().atlasName())).as(place).hasValue(atlasName);
    }

    // given a point at sea, then no shape is under it
    @Test
    void findsNothingAtSea() {
        double[] northSea = LAMBERT.project(3, 56);
        assertThat(EUROPE.shapeAt(northSea[0], northSea[1])).isEmpty();
    }

    // given the equal-area projection, then every shape of the world projects whole; given the northern cone, then
    // Antarctica keeps only its islands north of 80°S and everything else is whole
    @Test
    void leavesOutOnlyWhatTheProjectionCannotShow() {
        assertThat(EUROPE.shapes()).allSatisfy(s -> assertThat(s.rings()).hasSameSizeAs(s.country().rings()));
        assertThat(EUROPE.shapes()).hasSize(ATLAS.shapes().size());

        ProjectedMap conic = ProjectedMap.of(ATLAS, MapView.europe(Projections.forLocator("Conic")));
        CountryShape antarctica = ATLAS.named("Antarctica").orElseThrow();
        assertThat(conic.shape(antarctica).orElseThrow().rings().size()).isLessThan(antarctica.rings().size());
        assertThat(conic.shapes()).filteredOn(s -> s.country() != antarctica)
                .allSatisfy(s -> assertThat(s.rings()).hasSameSizeAs(s.country().rings()));
        assertThat(conic.shapes()).allSatisfy(s -> assertThat(s.bounds().width()).isFinite());
    }

    // given the Europe view, then its frame is landscape, a few thousand kilometres across, and has the view's name
    @Test
    void framesAreTheSizeOfTheirRegion() {
        Bounds europe = EUROPE.frame();
        assertThat(europe.width()).isBetween(5.0e6, 7.5e6);
        assertThat(europe.height()).isBetween(3.5e6, 5.5e6);
        assertThat(EUROPE.view().name()).isEqualTo("Europe");
        assertThat(NORTH_AMERICA.view().projection().name()).isEqualTo("Lambert azimuthal equal-area, 100°W 55°N");
        Optional<ProjectedShape> canada = NORTH_AMERICA.shape(ATLAS.named("Canada").orElseThrow());
        assertThat(canada).hasValueSatisfying(c -> assertThat(NORTH_AMERICA.frame().intersects(c.bounds())).isTrue());
    }
}
