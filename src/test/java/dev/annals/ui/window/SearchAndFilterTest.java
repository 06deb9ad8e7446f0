package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.annals.model.Event;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Search highlights and steps through matches; filters take events off the axis, the list and the counts. */
@ExtendWith(ApplicationExtension.class)
class SearchAndFilterTest {
    private ExplorerModel model;
    private int total;

    @Start
    void start(Stage stage) {
        model = TestWindows.showEmbedded(stage);
        total = model.getTimeline().events().size();
    }

    @Test
    void typingRyanairLeavesOneMatchAndEnterSelectsIt(FxRobot robot) {
        robot.interact(() -> robot.lookup("#timeline").query().requestFocus());
        robot.type(KeyCode.SLASH);
        assertThat(robot.lookup("#search").query().isFocused()).isTrue();
        robot.write("Ryanair");
        verifyThat("#match-count", hasText("1 of 1"));
        assertThat(model.matches()).singleElement().satisfies(e -> assertThat(e.text()).contains("Ryanair"));
        robot.type(KeyCode.ENTER);
        verifyThat("#detail-headline", hasText(model.matches().get(0).headline()));
        robot.type(KeyCode.ESCAPE);
        assertThat(model.matches()).isEmpty();
        verifyThat("#match-count", hasText(""));
        assertThat(robot.lookup("#timeline").query().isFocused()).isTrue();
    }

    @Test
    void enterAndShiftEnterStepThroughSeveralMatches(FxRobot robot) {
        robot.clickOn("#search").write("Lukashenko");
        int n = model.matches().size();
        assertThat(n).isGreaterThanOrEqualTo(3);
        robot.type(KeyCode.ENTER);
        verifyThat("#match-count", hasText("1 of " + n));
        robot.type(KeyCode.ENTER);
        verifyThat("#match-count", hasText("2 of " + n));
        assertThat(model.getSelectedEvent()).isSameAs(model.matches().get(1));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        verifyThat("#match-count", hasText("1 of " + n));
        assertThat(model.getSelectedEvent()).isSameAs(model.matches().get(0));
    }

    @Test
    void aSearchWithNoMatchSaysSo(FxRobot robot) {
        robot.clickOn("#search").write("Atlantis");
        verifyThat("#match-count", hasText("no matches"));
    }

    @Test
    void clickingAnEntityChipFiltersTheTimelineToItsEvents(FxRobot robot) {
        Event protests = model.getTimeline().events().stream().filter(e -> e.text().contains("protests in Belarus"))
                .findFirst().orElseThrow();
        robot.interact(() -> model.select(protests));
        robot.clickOn("#chip-Poland");

        long aboutPoland = model.getTimeline().events().stream().filter(e -> e.entities().mentions("Poland")).count();
        verifyThat("#status-events", hasText(aboutPoland + " of " + total + " events"));
        TableView<?> table = robot.lookup("#event-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize((int) aboutPoland);
        assertThat(model.shownEvents()).allSatisfy(e -> assertThat(e.entities().mentions("Poland")).isTrue());
        verifyThat("#entity-filter", hasText("Only: Poland  ✕"));

        robot.clickOn("#entity-filter");
        verifyThat("#status-events", hasText(total + " of " + total + " events"));
    }

    @Test
    void hidingACategoryTakesItsEventsOffEverything(FxRobot robot) {
        long tension = model.getTimeline().events().stream().filter(e -> e.category().equals("tension")).count();
        robot.interact(() -> model.hiddenCategories().add("tension"));
        verifyThat("#status-events", hasText((total - tension) + " of " + total + " events"));
        assertThat(model.indexProperty().get().size()).isEqualTo(total - tension);
        assertThat(model.shownEvents()).noneMatch(e -> e.category().equals("tension"));
    }

    @Test
    void choosingAnEntityShowsOnlyItsEvents(FxRobot robot) {
        robot.clickOn("#entity-choice").write("Lithuan").type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(model.entityFilterProperty().get()).isEqualTo("Lithuania");
        long aboutLithuania = model.getTimeline().events().stream().filter(e -> e.entities().mentions("Lithuania")).count();
        verifyThat("#status-events", hasText(aboutLithuania + " of " + total + " events"));
        robot.clickOn("#entity-filter");
        assertThat(model.entityFilterProperty().get()).isNull();
    }
}
