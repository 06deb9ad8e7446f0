package dev.annals.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.geo.MapColour;
import dev.annals.geo.MapPalette;
import dev.annals.ui.window.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Everything the map paints is styled by the theme's stylesheet; its defaults are the light theme's. */
@ExtendWith(ApplicationExtension.class)
class MapStylesTest {
    private Scene scene;
    private MemberStateMap map;

    @Start
    void start(Stage stage) {
        map = new MemberStateMap();
        scene = new Scene(new StackPane(map), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    private void use(FxRobot robot, Theme theme) {
        robot.interact(() -> {
            scene.getStylesheets().setAll(theme.stylesheets());
            scene.getRoot().applyCss();
        });
    }

    private static Color colour(MapPalette palette, MapColour role) {
        MapPalette.Colour c = palette.colour(role);
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }

    @Test
    void everyColourComesFromTheThemesStylesheet(FxRobot robot) {
        use(robot, Theme.DARK);
        MapPalette dark = MapPalette.readResource("/css/annals-dark.css");
        for (MapColour role : MapColour.values()) {
            assertThat(map.paintProperty(role).get()).as(role.cssProperty()).isEqualTo(colour(dark, role));
        }
        use(robot, Theme.LIGHT);
        for (MapColour role : MapColour.values()) {
            assertThat(map.paintProperty(role).get()).as(role.cssProperty()).isEqualTo(colour(MapPalette.light(), role));
        }
        assertThat(map.paintProperty(MapColour.SEA).get()).isNotEqualTo(colour(dark, MapColour.SEA));
    }

    @Test
    void theDefaultsAreTheLightThemes() {
        MemberStateMap unstyled = new MemberStateMap();
        for (MapColour role : MapColour.values()) {
            assertThat(unstyled.paintProperty(role).get()).as(role.cssProperty()).isEqualTo(colour(MapPalette.light(), role));
        }
    }

    @Test
    void fontsAndLineWidthsComeFromTheStylesheetToo(FxRobot robot) {
        robot.interact(() -> {
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            scene.getStylesheets().add("data:text/css,.member-state-map { -annals-title-font: bold 17px System;"
                    + " -annals-label-font: 9px System; -annals-focus-width: 4; -annals-border-width: 1.5; -annals-outline-width: 3; }");
            scene.getRoot().applyCss();
        });
        assertThat(map.titleFontProperty().get().getSize()).isEqualTo(17);
        assertThat(map.titleFontProperty().get().getStyle()).containsIgnoringCase(FontWeight.BOLD.name());
        assertThat(map.labelFontProperty().get().getSize()).isEqualTo(9);
        assertThat(map.focusWidthProperty().get()).isEqualTo(4);
        assertThat(map.borderWidthProperty().get()).isEqualTo(1.5);
        assertThat(map.outlineWidthProperty().get()).isEqualTo(3);
    }
}
