package dev.annals.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.layout.EventIndex;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The axis and the strip draw once a frame however many of their properties change in it. */
@ExtendWith(ApplicationExtension.class)
class DrawOncePerPulseTest {
    private YearAxis axis;
    private OverviewStrip strip;
    private Timeline timeline;

    @Start
    void start(Stage stage) {
        timeline = TimelineFiles.embedded();
        axis = new YearAxis();
        strip = new OverviewStrip();
        stage.setScene(new Scene(new VBox(axis, strip), 1000, 400));
        stage.show();
    }

    @Test
    void fiveChangesInOneFrameDrawOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int axisBefore = ((YearAxisSkin) axis.getSkin()).draws();
        int stripBefore = strip.draws();
        robot.interact(() -> {
            EventIndex index = new EventIndex(timeline.events());
            axis.setIndex(index);
            axis.periodsProperty().set(timeline.periods());
            axis.setWindow(index.fittingWindow());
            axis.setSelectedEvent(timeline.events().get(3));
            axis.markerColorProperty().set(Color.DARKGREEN);
            strip.indexProperty().set(index);
            strip.windowProperty().set(index.fittingWindow());
            strip.densityColorProperty().set(Color.DARKGREEN);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((YearAxisSkin) axis.getSkin()).draws() - axisBefore).as("axis drawings").isEqualTo(1);
        assertThat(strip.draws() - stripBefore).as("strip drawings").isEqualTo(1);
        assertThat(((YearAxisSkin) axis.getSkin()).picture().markers()).as("what it drew").isNotEmpty();
    }
}
