package dev.annals.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.layout.EventIndex;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the axis and the strip draw comes from the stylesheets, in both themes. */
@ExtendWith(ApplicationExtension.class)
class AxisStylesTest {
    private YearAxis axis;
    private OverviewStrip strip;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Timeline timeline = TimelineFiles.embedded();
        EventIndex index = new EventIndex(timeline.events());
        axis = new YearAxis();
        axis.setIndex(index);
        axis.periodsProperty().set(timeline.periods());
        axis.setWindow(index.fittingWindow().zoom(0.3, index.fittingWindow().centre()));
        strip = new OverviewStrip();
        strip.indexProperty().set(index);
        strip.windowProperty().bind(axis.windowProperty());
        scene = new Scene(new VBox(axis, strip), 1000, 400);
        stage.setScene(scene);
        stage.show();
    }

    private void theme(String name) {
        WaitForAsyncUtils.asyncFx(() -> {
            scene.getStylesheets().setAll(name == null ? List.of() : List.of(css("annals.css"), css(name)));
            scene.getRoot().applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String css(String file) {
        return AxisStylesTest.class.getResource("/css/" + file).toExternalForm();
    }

    /** The properties a type adds to its base's, with their values on {@code node}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> differingFromDefaults(Styleable node, List<CssMetaData<? extends Styleable, ?>> own,
            List<CssMetaData<? extends Styleable, ?>> base) {
        List<String> differing = new ArrayList<>();
        for (CssMetaData meta : own) {
            if (base.contains(meta)) {
                continue;
            }
            Object value = meta.getStyleableProperty(node).getValue();
            if (!value.equals(meta.getInitialValue(node))) {
                differing.add(meta.getProperty() + ": " + value + " but " + meta.getInitialValue(node) + " in Java");
            }
        }
        return differing;
    }

    @Test
    void theJavaDefaultsAreTheStylesheetsAndTheLightTheme() {
        for (String sheet : new String[] {null, "annals-light.css"}) {
            theme(sheet);
            assertThat(differingFromDefaults(axis, YearAxis.getClassCssMetaData(), Control.getClassCssMetaData()))
                    .as("axis with %s", sheet == null ? "its own stylesheet" : sheet).isEmpty();
            assertThat(differingFromDefaults(strip, strip.getCssMetaData(), Region.getClassCssMetaData()))
                    .as("strip with %s", sheet == null ? "its own stylesheet" : sheet).isEmpty();
        }
    }

    @Test
    void theStripAndTheBadgesTakeTheDarkTheme() throws Exception {
        theme("annals-dark.css");
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            SnapshotParameters white = new SnapshotParameters();
            white.setFill(Color.WHITE);
            return strip.snapshot(white, null);
        }).get();
        Color track = image.getPixelReader().getColor(1, 1);
        assertThat(track.getBrightness()).as("the strip's background in the dark theme: %s", track).isLessThan(0.3);
        double frameX = Math.round(strip.getWidth() * 0.35);
        Color frame = image.getPixelReader().getColor((int) frameX, 0);
        assertThat(frame.getRed()).as("the window's frame in the dark selection colour: %s", frame).isGreaterThan(0.9);
        assertThat(axis.getBadgeTextColor()).isEqualTo(Color.web("#10151b"));
    }

    @Test
    void aFontSetInCssIsTheFontTheAxisMeasuresAndDrawsWith(FxRobot robot) throws Exception {
        theme("annals-light.css");
        robot.interact(() -> axis.setStyle("-annals-label-font: italic 17px \"System\";"));
        WaitForAsyncUtils.waitForFxEvents();
        Font font = WaitForAsyncUtils.asyncFx(() -> ((YearAxisSkin) axis.getSkin()).labelFont()).get();
        assertThat(font.getSize()).isEqualTo(17);
        assertThat(font.getStyle()).containsIgnoringCase("italic");
    }
}
