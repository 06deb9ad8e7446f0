package dev.annals.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.geo.MapPicture;
import dev.annals.geo.MapZoom;
import dev.annals.geo.ProjectedShape;
import dev.annals.layout.TimeWindow;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.Event;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.OpenedTimeline;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.window.MainWindow;
import dev.annals.ui.window.MemoryPreferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map in the real window: it follows the selected event, filters by country, and handles its own keys. */
@ExtendWith(ApplicationExtension.class)
class MemberStateMapTest {
    private ExplorerModel model;
    private Stage stage;
    private MemberStateMap map;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ExplorerModel();
        MainWindow window = MainWindow.load(model, MemoryPreferences.settings(), TaskExecutor.direct());
        stage.setScene(window.scene(1600, 900));
        stage.show();
        model.open(OpenedTimeline.of(TimelineFiles.embedded()), null);
        map = (MemberStateMap) stage.getScene().lookup("#map");
    }

    private Event about(String words) {
        return model.getTimeline().events().stream().filter(e -> e.text().contains(words)).findFirst().orElseThrow();
    }

    private ProjectedShape shapeOf(String country) {
        return map.getData().europe().shapes().stream()
                .filter(s -> country.equals(map.getData().stateName(s)))
                .findFirst().orElseThrow();
    }

    private MapPicture picture() {
        return ((MemberStateMapSkin) map.getSkin()).picture();
    }

    private void clickOn(FxRobot robot, String country) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] p = picture().pointOf(shapeOf(country));
        Node canvas = map.getChildrenUnmodifiable().get(0);
        robot.clickOn(canvas.localToScreen(p[0], p[1]));
    }

    private List<MapPicture.Emphasis> emphasesOf(String country) {
        ProjectedShape shape = shapeOf(country);
        return picture().main().outlines().stream().filter(o -> o.shape() == shape).map(MapPicture.Outlined::emphasis).toList();
    }

    private String status() {
        return ((Label) stage.getScene().lookup("#map-status")).getText();
    }

    @Test
    void theEventsCountriesAreOutlined(FxRobot robot) {
        robot.interact(() -> model.select(about("invasion from Poland and Lithuania")));
        assertThat(emphasesOf("Poland")).containsExactly(MapPicture.Emphasis.EVENT);
        assertThat(emphasesOf("Lithuania")).containsExactly(MapPicture.Emphasis.EVENT);
        assertThat(emphasesOf("Latvia")).isEmpty();
    }

    @Test
    void membershipFollowsTheSelectedDate(FxRobot robot) {
        robot.interact(() -> model.select(about("Individual Partnership Program since 1997")));
        assertThat(picture().title().text()).isEqualTo("NATO as of 1 January 1997 · 16 members");
        robot.interact(() -> model.select(about("accession to the NATO process")));
        assertThat(picture().title().text()).isEqualTo("NATO on 19 January 2004 · 19 members");
        robot.clickOn("#map-as-listed");
        assertThat(picture().title().text()).isEqualTo("NATO as the article lists them · 32 members");
    }

    @Test
    void clickingPolandFiltersTheListAndClickingAgainClearsIt(FxRobot robot) {
        clickOn(robot, "Poland");
        assertThat(model.entityFilterProperty().get()).isEqualTo("Poland");
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        long aboutPoland = model.getTimeline().events().stream().filter(e -> e.entities().mentions("Poland")).count();
        assertThat(table.getItems()).hasSize((int) aboutPoland);
        clickOn(robot, "Poland");
        assertThat(model.entityFilterProperty().get()).isNull();
    }

    @Test
    void theChosenCountryHasItsOwnStyleNotTheSubjects(FxRobot robot) {
        clickOn(robot, "Poland");
        assertThat(emphasesOf("Poland")).contains(MapPicture.Emphasis.CHOSEN);
        assertThat(map.paintProperty(MapPicture.Emphasis.CHOSEN.colour()).get())
                .isNotEqualTo(map.paintProperty(dev.annals.geo.MapColour.SUBJECT).get());
        assertThat(picture().legend().rows()).extracting(MapPicture.LegendRow::label).contains("timeline filtered to Poland");
    }

    @Test
    void choosingACountryNoEventMentionsSaysSoAndKeepsTheTimeline(FxRobot robot) {
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        int shown = table.getItems().size();
        clickOn(robot, "Iceland");
        assertThat(model.entityFilterProperty().get()).isNull();
        assertThat(table.getItems()).hasSize(shown);
        assertThat(status()).isEqualTo("No event mentions Iceland: the timeline is not filtered.");
    }

    @Test
    void arrowKeysMoveBetweenCountriesWithAClearOutlineAndEnterFilters(FxRobot robot) {
        robot.interact(map::requestFocus);
        robot.type(KeyCode.RIGHT);
        ProjectedShape first = map.focusedCountryProperty().get();
        String name = map.getData().stateName(first);
        assertThat(map.getAccessibleText()).startsWith(name + ":");
        assertThat(status()).startsWith(name + ":");
        assertThat(emphasesOf(name)).contains(MapPicture.Emphasis.FOCUS);
        robot.type(KeyCode.DOWN);
        ProjectedShape next = map.focusedCountryProperty().get();
        assertThat(next).isNotNull().isNotSameAs(first);
        TimeWindow window = model.getVisibleWindow();
        Event selected = model.getSelectedEvent();
        robot.type(KeyCode.ENTER);
        String chosen = map.getData().stateName(next);
        assertThat(model.entityFilterProperty().get()).isEqualTo(
                model.getTimeline().events().stream().anyMatch(e -> e.entities().mentions(chosen)) ? chosen : null);
        assertThat(model.getVisibleWindow()).isEqualTo(window);
        assertThat(model.getSelectedEvent()).isEqualTo(selected);
        assertThat(map.isFocused()).isTrue();
    }

    @Test
    void hoveringDescribesTheCountry(FxRobot robot) {
        assertThat(map.describe(shapeOf("Poland"))).isEqualTo("Poland: not yet a member (joins on 12 March 1999); mentioned in 1 event");
        robot.interact(() -> model.select(about("a new package of NATO and Belarus targets")));
        assertThat(map.describe(shapeOf("Poland"))).startsWith("Poland: member since 12 March 1999; mentioned in");
        assertThat(map.describe(shapeOf("Belarus"))).startsWith("Belarus: the article's subject");
        assertThat(map.describe(shapeOf("Iceland"))).endsWith("mentioned in no event");
    }

    @Test
    void zoomAndResetKeepTheMapInPlace(FxRobot robot) {
        double[] before = picture().pointOf(shapeOf("Poland"));
        robot.clickOn("#map-zoom-in");
        assertThat(picture().pointOf(shapeOf("Poland"))).isNotEqualTo(before);
        robot.clickOn("#map-reset");
        assertThat(picture().pointOf(shapeOf("Poland"))).containsExactly(before);
    }

    /**
     * What a real main keyboard sends for a key that types a character: a press, the character, a
     * release, fired at the focus owner so that the window's filters and shortcuts see them too.
     */
    private void typeOnMainKeyboard(FxRobot robot, KeyCode code, String character, boolean shift) {
        robot.interact(() -> {
            Node target = stage.getScene().getFocusOwner();
            javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", character, code, shift, false, false, false));
            javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, shift, false, false, false));
            javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", character, code, shift, false, false, false));
        });
    }

    /** A real keyboard's + sends a press and a typed "+": the map zooms once, the timeline not at all. */
    @Test
    void plusAndMinusZoomTheMapOnceFromEitherKeyboardAndNeverTheTimeline(FxRobot robot) {
        robot.interact(map::requestFocus);
        TimeWindow window = model.getVisibleWindow();
        typeOnMainKeyboard(robot, KeyCode.EQUALS, "+", true); // US layout: Shift and =
        assertThat(map.zoomProperty().get().factor()).isEqualTo(MapInput.ZOOM_STEP);
        typeOnMainKeyboard(robot, KeyCode.MINUS, "-", false);
        assertThat(map.zoomProperty().get().factor()).isEqualTo(1.0);
        typeOnMainKeyboard(robot, KeyCode.PLUS, "+", false); // a layout with a + key of its own
        assertThat(map.zoomProperty().get().factor()).isEqualTo(MapInput.ZOOM_STEP);
        typeOnMainKeyboard(robot, KeyCode.DIGIT1, "+", true); // Swiss layout: Shift and 1
        assertThat(map.zoomProperty().get().factor()).isEqualTo(MapInput.ZOOM_STEP * MapInput.ZOOM_STEP);
        typeOnMainKeyboard(robot, KeyCode.DIGIT0, "0", false);
        assertThat(map.zoomProperty().get()).isEqualTo(MapZoom.NONE);
        robot.type(KeyCode.ADD);
        robot.type(KeyCode.ADD);
        assertThat(map.zoomProperty().get().factor()).isEqualTo(MapInput.ZOOM_STEP * MapInput.ZOOM_STEP);
        robot.type(KeyCode.SUBTRACT);
        assertThat(map.zoomProperty().get().factor()).isEqualTo(MapInput.ZOOM_STEP);
        robot.type(KeyCode.NUMPAD0);
        assertThat(map.zoomProperty().get()).isEqualTo(MapZoom.NONE);
        assertThat(model.getVisibleWindow()).isEqualTo(window);
        assertThat(map.isFocused()).isTrue();
    }

    @Test
    void aNewTimelinesMapForgetsTheFocusedAndHoveredCountry(FxRobot robot) throws Exception {
        robot.interact(map::requestFocus);
        robot.type(KeyCode.RIGHT);
        robot.interact(() -> map.hoveredCountryProperty().set(shapeOf("Poland")));
        assertThat(map.focusedCountryProperty().get()).isNotNull();
        var finland = new TimelineLoader().load(Path.of("src/test/resources/articles/finland-eu-relations.txt"));
        robot.interact(() -> model.open(OpenedTimeline.of(finland), null));
        assertThat(map.getData().locator().locator().organisation()).isEqualTo("European Union");
        assertThat(map.focusedCountryProperty().get()).isNull();
        assertThat(map.hoveredCountryProperty().get()).isNull();
        assertThat(picture().main().outlines()).extracting(MapPicture.Outlined::emphasis)
                .doesNotContain(MapPicture.Emphasis.FOCUS, MapPicture.Emphasis.HOVER);
        assertThat(status()).isEmpty();
    }

    @Test
    void manyChangesInOneFramePaintTheMapOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MemberStateMapSkin skin = (MemberStateMapSkin) map.getSkin();
        int before = skin.paints();
        robot.interact(() -> {
            model.select(about("invasion from Poland and Lithuania"));
            map.zoomBy(2);
            map.hoveredCountryProperty().set(shapeOf("Poland"));
            map.focusedCountryProperty().set(shapeOf("Latvia"));
            model.entityFilterProperty().set("Russia");
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(skin.paints() - before).isEqualTo(1);
    }

    @Test
    void tabReachesTheMapsButtonsAndTheMap(FxRobot robot) {
        robot.interact(() -> robot.lookup("#event-table").query().requestFocus());
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.TAB);
            visited.add(stage.getScene().getFocusOwner().getId());
        }
        assertThat(visited).containsSubsequence("map-as-listed", "map-zoom-out", "map-zoom-in", "map-reset", "map");
    }

    @Test
    void theViewMenuShowsMembersAsListedAndResetsTheMap(FxRobot robot) {
        robot.interact(() -> map.zoomBy(3));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(map.zoomProperty().get()).isEqualTo(MapZoom.NONE);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertThat(picture().title().text()).isEqualTo("NATO as the article lists them · 32 members");
        robot.clickOn("View").clickOn("Map: Members as Listed");
        assertThat(picture().title().text()).startsWith("NATO as of");
    }

    @Test
    void theShortcutSheetListsTheMapsKeys(FxRobot robot) {
        robot.type(KeyCode.F1);
        javafx.scene.layout.GridPane sheet = robot.lookup("#shortcuts").queryAs(javafx.scene.layout.GridPane.class);
        List<String> keys = sheet.getChildren().stream().filter(n -> n.getStyleClass().contains("shortcut-key"))
                .map(n -> ((Label) n).getText()).toList();
        assertThat(keys).contains("Map: ← → ↑ ↓", "Map: Enter or Space, click", "Map: + / −, wheel, drag", "Map: 0 or Ctrl+0", "Ctrl+L");
        robot.type(KeyCode.ESCAPE);
    }
}
