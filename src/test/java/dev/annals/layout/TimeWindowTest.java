package dev.annals.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeWindowTest {
    @Test
    void zoomKeepsTheAnchorInPlace() {
        TimeWindow w = new TimeWindow(0, 1000);
        TimeWindow in = w.zoom(0.5, 250);
        assertThat(in.span()).isEqualTo(500);
        assertThat((250 - in.start()) / in.span()).isCloseTo((250 - w.start()) / w.span(), within(1e-9));
    }

    @Test
    void zoomStopsAtAWeekAndAtACenturyAndAHalf() {
        assertThat(new TimeWindow(0, 30).zoom(0.01, 15).span()).isEqualTo(TimeWindow.MIN_SPAN);
        assertThat(new TimeWindow(0, 30_000).zoom(100, 0).span()).isEqualTo(TimeWindow.MAX_SPAN);
    }

    @Test
    void revealMovesOnlyAsFarAsNeeded() {
        TimeWindow w = new TimeWindow(0, 100);
        assertThat(w.reveal(50, 50, 5)).isEqualTo(w);
        assertThat(w.reveal(120, 120, 5)).isEqualTo(new TimeWindow(25, 125));
        assertThat(w.reveal(-30, -30, 5)).isEqualTo(new TimeWindow(-35, 65));
    }
}
