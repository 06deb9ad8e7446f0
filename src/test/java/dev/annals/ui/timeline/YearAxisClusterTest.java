package dev.annals.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.layout.AxisPicture;
import dev.annals.layout.Cluster;
import dev.annals.layout.EventIndex;
import dev.annals.layout.Marker;
import dev.annals.layout.TestEvents;
import dev.annals.layout.TimeScale;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Clicking the badge of events dated only "2010" shows 2010, each event as the year it can be. */
@ExtendWith(ApplicationExtension.class)
class YearAxisClusterTest {
    private static final double YEAR_START = LocalDate.of(2010, 1, 1).toEpochDay();
    private static final double YEAR_END = LocalDate.of(2011, 1, 1).toEpochDay();

    private YearAxis axis;
    private final List<Event> nine = new ArrayList<>();

    @Start
    void start(Stage stage) {
        List<Event> events = new ArrayList<>();
        events.add(TestEvents.event("first", PartialDate.ofDay(2000, 3, 1)));
        for (int i = 0; i < 9; i++) {
            nine.add(TestEvents.event("y" + i, PartialDate.ofYear(2010)));
        }
        events.addAll(nine);
        events.add(TestEvents.event("last", PartialDate.ofDay(2020, 9, 1)));
        axis = new YearAxis();
        EventIndex index = new EventIndex(events);
        axis.setIndex(index);
        axis.setWindow(index.fittingWindow());
        stage.setScene(new Scene(new StackPane(axis), 1200, 200));
        stage.show();
    }

    private AxisPicture picture() {
        return ((YearAxisSkin) axis.getSkin()).picture();
    }

    @Test
    void theBadgeOfYearOnlyEventsZoomsToTheYearAndShowsEachAsTheYear(FxRobot robot) {
        double july2 = LocalDate.of(2010, 7, 2).toEpochDay();
        Cluster badge = picture().clusters().stream().filter(c -> c.fromDay() <= july2 + 1 && c.toDay() >= july2)
                .findFirst().orElseThrow();
        robot.clickOn(axis.localToScreen(badge.x(), axis.getHeight() - YearAxisSkin.OVERFLOW_LANE / 2 - 2));

        assertThat(axis.getWindow().start()).as("the view starts before 2010").isLessThanOrEqualTo(YEAR_START);
        assertThat(axis.getWindow().end()).as("the view ends after 2010").isGreaterThanOrEqualTo(YEAR_END);
        assertThat(axis.getWindow().span()).as("and shows little else").isLessThan(2 * 365);
        AxisPicture p = picture();
        TimeScale s = p.scale();
        int drawn = 0;
        for (Marker m : p.markers()) {
            if (nine.contains(m.event())) {
                drawn++;
                assertThat(m.exact()).isFalse();
                assertThat(m.barFrom()).isCloseTo(s.x(YEAR_START), org.assertj.core.data.Offset.offset(0.5));
                assertThat(m.barTo()).isCloseTo(s.x(YEAR_END), org.assertj.core.data.Offset.offset(0.5));
                assertThat(m.labelX()).as("the label starts with the year, not at 2 July")
                        .isBetween(s.x(YEAR_START), s.x(YEAR_START) + 12);
            }
        }
        int counted = p.clusters().stream().filter(c -> c.spanFrom() == YEAR_START && c.spanTo() == YEAR_END)
                .mapToInt(Cluster::count).sum();
        assertThat(drawn).as("a stack of year bars").isGreaterThanOrEqualTo(3);
        assertThat(drawn + counted).isEqualTo(9);
    }

    @Test
    void whereTheViewShowsTheirTimeAlreadyEachClickSelectsTheNextOfThem(FxRobot robot) {
        robot.interact(() -> axis.setWindow(dev.annals.layout.TimeWindow.around(YEAR_START, YEAR_END, 0.08)));
        Cluster badge = picture().clusters().get(0);
        double y = axis.getHeight() - YearAxisSkin.OVERFLOW_LANE / 2 - 2;
        robot.clickOn(axis.localToScreen(badge.x(), y));
        Event first = axis.getSelectedEvent();
        robot.clickOn(axis.localToScreen(picture().clusters().get(0).x(), y));
        Event second = axis.getSelectedEvent();

        assertThat(List.of(first, second)).allSatisfy(e -> assertThat(nine).contains(e));
        assertThat(second).isNotSameAs(first);
        assertThat(picture().markers()).filteredOn(Marker::selected).singleElement()
                .satisfies(m -> assertThat(m.hasLabel()).as("its label raised").isTrue());
        assertThat(picture().clusters().get(0).count()).as("and the badge still counts it").isEqualTo(badge.count());
    }
}
