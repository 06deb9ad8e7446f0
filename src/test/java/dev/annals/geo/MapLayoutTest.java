package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.geo.MapPicture.Emphasis;
import dev.annals.geo.MapPicture.Outlined;
import dev.annals.geo.MapPicture.Painted;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The map's picture: roles where the countries are, outlines in order, the legend and the inset in the box. */
class MapLayoutTest {
    private static final double W = 640;
    private static final double H = 520;
    private static final PreparedMap NATO = PreparedMap.of(SeedLocator.timeline().locator());

    /** Text 6 units per character, so widths are known. */
    private final MapLayout layout = new MapLayout(new MapLayout.Metrics(8, 18, 16, 12), s -> 6.0 * s.length());

    private static ProjectedShape shape(String state) {
        return NATO.europe().shapes().stream().filter(s -> state.equals(NATO.stateName(s))).findFirst().orElseThrow();
    }

    private MapPicture at2004() {
        return layout.layout(MapState.of(NATO, MapDate.on(LocalDate.of(2004, 4, 2))), W, H);
    }

    private static Role roleAt(MapPicture p, String state) {
        double[] point = p.pointOf(shape(state));
        ProjectedShape under = p.shapeAt(point[0], point[1]).orElseThrow();
        assertThat(NATO.stateName(under)).isEqualTo(state);
        return p.main().countries().stream().filter(c -> c.shape() == under).map(Painted::role).findFirst().orElseThrow();
    }

    @Test
    void eachCountryUnderItsOwnPointHasItsRoleOnTheDay() {
        MapPicture p = at2004();
        assertThat(roleAt(p, "Belarus")).isEqualTo(Role.SUBJECT);
        assertThat(roleAt(p, "Lithuania")).as("joined on 29 March 2004").isEqualTo(Role.MEMBER);
        assertThat(roleAt(p, "Poland")).isEqualTo(Role.MEMBER);
        assertThat(roleAt(p, "Croatia")).as("joined in 2009").isEqualTo(Role.OTHER);
        assertThat(roleAt(p, "Russia")).isEqualTo(Role.OTHER);
        assertThat(p.title().text()).isEqualTo("NATO on 2 April 2004 · 26 members");
    }

    @Test
    void theInsetShowsNorthAmericaInTheBottomLeftCorner() {
        MapPicture p = at2004();
        MapPicture.Layer inset = p.inset().orElseThrow();
        assertThat(inset.box().x()).isEqualTo(8);
        assertThat(inset.box().y() + inset.box().height()).isEqualTo(H - 8);
        assertThat(inset.countries()).extracting(c -> NATO.stateName(c.shape())).contains("United States", "Canada");
        assertThat(inset.countries()).filteredOn(c -> "United States".equals(NATO.stateName(c.shape())))
                .extracting(Painted::role).containsOnly(Role.MEMBER);
    }

    @Test
    void onlyVisibleCountriesArePaintedAndZoomKeepsThePointItZoomsAbout() {
        MapPicture whole = at2004();
        double[] poland = whole.pointOf(shape("Poland"));
        MapZoom zoom = MapZoom.NONE.zoomedAt(6, poland[0], poland[1], W, H);
        MapPicture close = layout.layout(new MapState(NATO, MapDate.on(LocalDate.of(2004, 4, 2)), Set.of(), null, null, null, zoom), W, H);
        assertThat(close.pointOf(shape("Poland"))[0]).isCloseTo(poland[0], org.assertj.core.data.Offset.offset(1e-6));
        assertThat(close.main().countries()).hasSizeLessThan(whole.main().countries().size());
        assertThat(close.main().countries()).extracting(c -> NATO.stateName(c.shape())).contains("Poland").doesNotContain("Portugal");
    }

    @Test
    void outlinesAreListedEventThenHoverThenChosenThenFocusSoTheFocusIsOnTop() {
        MapState state = new MapState(NATO, MapDate.asListed(), Set.of("Poland", "Lithuania"), "Poland", shape("Poland"),
                shape("Latvia"), MapZoom.NONE);
        List<Outlined> outlines = layout.layout(state, W, H).main().outlines();
        assertThat(outlines).extracting(o -> NATO.stateName(o.shape()) + " " + o.emphasis())
                .containsExactly("Poland EVENT", "Lithuania EVENT", "Latvia HOVER", "Poland CHOSEN", "Poland FOCUS");
        assertThat(Emphasis.CHOSEN.colour()).isNotEqualTo(MapColour.SUBJECT);
    }

    @Test
    void theLegendFitsItsLongestLabelInTheBottomRightCorner() {
        MapState state = new MapState(NATO, MapDate.asListed(), Set.of("Poland"), "Poland", null, null, MapZoom.NONE);
        MapPicture.Legend legend = layout.layout(state, W, H).legend();
        assertThat(legend.rows()).extracting(MapPicture.LegendRow::label).containsExactly("Belarus", "NATO member",
                "other state", "named in the selected event", "timeline filtered to Poland");
        double right = legend.box().x() + legend.box().width();
        assertThat(right).isEqualTo(W - 8);
        assertThat(legend.box().y() + legend.box().height()).isEqualTo(H - 8);
        for (MapPicture.LegendRow row : legend.rows()) {
            assertThat(row.labelX() + 6.0 * row.label().length()).isLessThanOrEqualTo(right);
            assertThat(row.centreY()).isBetween(legend.box().y(), legend.box().y() + legend.box().height());
        }
        assertThat(at2004().legend().rows()).hasSize(3);
    }

    @Test
    void theTraceOfACountryIsItsRingsInPictureUnits() {
        MapPicture p = at2004();
        ProjectedShape poland = shape("Poland");
        StringBuilder path = new StringBuilder();
        double[] first = new double[2];
        p.main().trace(poland, new PathSink<RuntimeException>() {
            @Override
            public void moveTo(double x, double y) {
                path.append('M');
                if (path.length() == 1) {
                    first[0] = x;
                    first[1] = y;
                }
            }

            @Override
            public void lineTo(double x, double y) {
                path.append('L');
            }

            @Override
            public void closePath() {
                path.append('Z');
            }
        });
        assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(poland.rings().size());
        assertThat(path.chars().filter(c -> c == 'Z').count()).isEqualTo(poland.rings().size());
        double[] ring = poland.rings().get(0);
        assertThat(first[0]).isEqualTo(p.main().viewport().screenX(ring[0]));
        assertThat(first[1]).isEqualTo(p.main().viewport().screenY(ring[1]));
    }
}
