package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Plane to screen: aspect kept, centred, y turned over; zoom keeps the point under the pointer. */
class ViewportTest {
    private static final Bounds WORLD = new Bounds(1_000, 2_000, 5_000, 4_000); // 4 km wide, 2 km high

    // given a wide frame in a square screen, then width sets the scale and the frame is centred vertically
    @Test
    void fitKeepsAspectAndCentres() {
        Viewport v = Viewport.fit(WORLD, 10, 20, 400, 400);

        assertThat(v.scale()).isEqualTo(0.1);
        assertThat(v.screenX(WORLD.minX())).isCloseTo(10, within(1e-9));
        assertThat(v.screenX(WORLD.maxX())).isCloseTo(410, within(1e-9));
        assertThat(v.screenY(WORLD.maxY())).as("north is up").isCloseTo(120, within(1e-9));
        assertThat(v.screenY(WORLD.minY())).isCloseTo(320, within(1e-9));
    }

    // given any screen point, then plane → screen → plane comes back
    @Test
    void convertsBothWays() {
        Viewport v = Viewport.fit(WORLD, 0, 0, 640, 480);
        assertThat(v.planeX(v.screenX(1234.5))).isCloseTo(1234.5, within(1e-9));
        assertThat(v.planeY(v.screenY(3210.5))).isCloseTo(3210.5, within(1e-9));
    }

    // given a zoom at the pointer, then the plane point under the pointer stays under it; a drag moves everything
    @Test
    void zoomAndPan() {
        Viewport v = Viewport.fit(WORLD, 0, 0, 640, 480);
        double px = v.planeX(100);
        double py = v.planeY(50);

        Viewport zoomed = v.zoomedAt(2.5, 100, 50);

        assertThat(zoomed.scale()).isCloseTo(v.scale() * 2.5, within(1e-12));
        assertThat(zoomed.screenX(px)).isCloseTo(100, within(1e-9));
        assertThat(zoomed.screenY(py)).isCloseTo(50, within(1e-9));
        Viewport panned = zoomed.panned(30, -20);
        assertThat(panned.screenX(px)).isCloseTo(130, within(1e-9));
        assertThat(panned.screenY(py)).isCloseTo(30, within(1e-9));
    }
}
