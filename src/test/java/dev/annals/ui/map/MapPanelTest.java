package dev.annals.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.geo.ProjectedShape;
import dev.annals.model.Event;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.OpenedTimeline;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.window.MainWindow;
import dev.annals.ui.window.MemoryPreferences;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map follows the selected event and filters the timeline by country. */
@ExtendWith(ApplicationExtension.class)
class MapPanelTest {
    private ExplorerModel model;
    private MapPanel map;

    @Start
    void start(Stage stage) {
        model = new ExplorerModel();
        MainWindow window = MainWindow.load(model, MemoryPreferences.settings(), TaskExecutor.direct());
        stage.setScene(window.scene(1600, 900));
        stage.show();
        model.open(OpenedTimeline.of(TimelineFiles.embedded()), null);
        map = (MapPanel) stage.getScene().lookup("#map");
    }

    private Event about(String words) {
        return model.getTimeline().events().stream().filter(e -> e.text().contains(words)).findFirst().orElseThrow();
    }

    private ProjectedShape shapeOf(String country) {
        return map.getData().europe().shapes().stream()
                .filter(s -> map.getData().matcher().stateOf(s.country()).map(c -> c.name().equals(country)).orElse(false))
                .findFirst().orElseThrow();
    }

    @Test
    void theEventsCountriesAreOutlined(FxRobot robot) {
        robot.interact(() -> model.select(about("invasion from Poland and Lithuania")));
        assertThat(map.outlinedProperty().get()).contains("Poland", "Lithuania");
    }

    @Test
    void membershipFollowsTheSelectedDate(FxRobot robot) {
        robot.interact(() -> model.select(about("Individual Partnership Program since 1997")));
        assertThat(map.membersProperty().get()).hasSize(16);
        assertThat(map.titleProperty().get()).isEqualTo("NATO as of 1 January 1997 · 16 members");
        robot.interact(() -> model.select(about("a new package of NATO and Belarus targets")));
        assertThat(map.membersProperty().get()).hasSize(28);
        robot.interact(() -> model.select(about("accession to the NATO process")));
        assertThat(map.titleProperty().get()).isEqualTo("NATO on 19 January 2004 · 19 members");
        robot.clickOn("#map-as-listed");
        assertThat(map.membersProperty().get()).hasSize(32);
    }

    @Test
    void clickingPolandFiltersTheListAndClickingAgainClearsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] poland = map.screenPoint(shapeOf("Poland"));
        robot.clickOn(map.localToScreen(poland[0], poland[1]));
        assertThat(model.entityFilterProperty().get()).isEqualTo("Poland");
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        long aboutPoland = model.getTimeline().events().stream().filter(e -> e.entities().mentions("Poland")).count();
        assertThat(table.getItems()).hasSize((int) aboutPoland);
        robot.clickOn(map.localToScreen(poland[0], poland[1]));
        assertThat(model.entityFilterProperty().get()).isNull();
    }

    @Test
    void arrowKeysMoveBetweenCountriesAndEnterFilters(FxRobot robot) {
        robot.interact(map::requestFocus);
        robot.type(KeyCode.RIGHT);
        String first = map.focusedCountry().orElseThrow();
        assertThat(map.getAccessibleText()).startsWith(first + ":");
        robot.type(KeyCode.DOWN);
        assertThat(map.focusedCountry()).isPresent();
        String chosen = map.focusedCountry().get();
        robot.type(KeyCode.ENTER);
        assertThat(model.entityFilterProperty().get()).isEqualTo(chosen);
    }

    @Test
    void hoveringDescribesTheCountry(FxRobot robot) {
        assertThat(map.describe(shapeOf("Poland"))).isEqualTo("Poland: not yet a member (joins on 12 March 1999); mentioned in 1 event");
        robot.interact(() -> model.select(about("a new package of NATO and Belarus targets")));
        assertThat(map.describe(shapeOf("Poland"))).startsWith("Poland: member since 12 March 1999; mentioned in");
        assertThat(map.describe(shapeOf("Belarus"))).startsWith("Belarus: the article's subject");
    }

    @Test
    void zoomAndResetKeepTheMapInPlace(FxRobot robot) {
        double[] before = map.screenPoint(shapeOf("Poland"));
        robot.clickOn("#map-zoom-in");
        double[] zoomed = map.screenPoint(shapeOf("Poland"));
        assertThat(zoomed).isNotEqualTo(before);
        robot.clickOn("#map-reset");
        assertThat(map.screenPoint(shapeOf("Poland"))).containsExactly(before);
    }
}
