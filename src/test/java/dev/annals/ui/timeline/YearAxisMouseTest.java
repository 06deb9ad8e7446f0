package dev.annals.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.layout.AxisPicture;
import dev.annals.layout.Cluster;
import dev.annals.layout.EventIndex;
import dev.annals.layout.Marker;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the mouse does on the axis: click selects, drag pans, Shift+drag marks a period, the wheel zooms. */
@ExtendWith(ApplicationExtension.class)
class YearAxisMouseTest {
    private YearAxis axis;
    private Timeline timeline;

    @Start
    void start(Stage stage) {
        timeline = TimelineFiles.embedded();
        axis = new YearAxis();
        EventIndex index = new EventIndex(timeline.events());
        axis.setIndex(index);
        axis.periodsProperty().set(timeline.periods());
        axis.setWindow(index.fittingWindow());
        stage.setScene(new Scene(new StackPane(axis), 1200, 420));
        stage.show();
    }

    private AxisPicture picture() {
        return ((YearAxisSkin) axis.getSkin()).picture();
    }

    private Point2D onScreen(double x, double y) {
        return axis.localToScreen(x, y);
    }

    private double rowY(Marker m) {
        return ((YearAxisSkin) axis.getSkin()).rowY(m.row());
    }

    @Test
    void clickingAMarkerSelectsItsEvent(FxRobot robot) {
        Marker target = picture().markers().stream().filter(Marker::hasLabel).skip(5).findFirst().orElseThrow();
        robot.clickOn(onScreen(target.x(), rowY(target)));
        assertThat(axis.getSelectedEvent()).isSameAs(target.event());
        assertThat(axis.getAccessibleText()).endsWith(target.event().headline());
    }

    @Test
    void clickingALabelSelectsToo(FxRobot robot) {
        Marker target = picture().markers().stream().filter(Marker::hasLabel).skip(2).findFirst().orElseThrow();
        robot.clickOn(onScreen(target.labelX() + 20, rowY(target)));
        assertThat(axis.getSelectedEvent()).isSameAs(target.event());
    }

    @Test
    void clickingAClusterZoomsIn(FxRobot robot) {
        Cluster c = picture().clusters().get(0);
        double before = axis.getWindow().span();
        robot.clickOn(onScreen(c.x(), axis.getHeight() - YearAxisSkin.OVERFLOW_LANE / 2 - 2));
        assertThat(axis.getWindow().span()).isLessThan(before);
    }

    @Test
    void draggingPansAndTheWheelZoomsAroundThePointer(FxRobot robot) {
        TimeWindow before = axis.getWindow();
        robot.drag(onScreen(600, 300), MouseButton.PRIMARY).dropTo(onScreen(400, 300));
        TimeWindow panned = axis.getWindow();
        assertThat(panned.span()).isEqualTo(before.span());
        assertThat(panned.start()).isGreaterThan(before.start());

        robot.moveTo(onScreen(300, 300));
        double dayUnderPointer = panned.start() + 300.0 / axis.getWidth() * panned.span();
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        TimeWindow zoomed = axis.getWindow();
        assertThat(zoomed.span()).isNotEqualTo(panned.span());
        double stillUnderPointer = zoomed.start() + 300.0 / axis.getWidth() * zoomed.span();
        assertThat(stillUnderPointer).isCloseTo(dayUnderPointer, org.assertj.core.data.Offset.offset(zoomed.span() * 0.01));
    }

    @Test
    void shiftDragMarksAPeriodAndItsEdgesCanBeDragged(FxRobot robot) {
        robot.press(KeyCode.SHIFT).drag(onScreen(300, 350), MouseButton.PRIMARY).dropTo(onScreen(700, 350)).release(KeyCode.SHIFT);
        var period = axis.getSelectedPeriod();
        assertThat(period).isNotNull();
        assertThat(period.events()).isNotEmpty().allSatisfy(e -> {
            double marker = axis.getIndex().place(e).marker();
            assertThat(marker).isBetween(period.window().start(), period.window().end());
        });
        double end = picture().selectionTo();
        robot.drag(onScreen(end, 300), MouseButton.PRIMARY).dropTo(onScreen(end + 150, 300));
        assertThat(axis.getSelectedPeriod().window().end()).isGreaterThan(period.window().end());
        assertThat(axis.getSelectedPeriod().events().size()).isGreaterThanOrEqualTo(period.events().size());
    }
}
