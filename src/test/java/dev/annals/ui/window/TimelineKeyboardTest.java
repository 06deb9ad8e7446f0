package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.PeriodSelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.annals.layout.DateLabels;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import dev.annals.ui.timeline.YearAxis;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole timeline can be explored from the keyboard, and the detail pane follows. */
@ExtendWith(ApplicationExtension.class)
class TimelineKeyboardTest {
    private ExplorerModel model;

    @Start
    void start(Stage stage) {
        model = TestWindows.showEmbedded(stage);
    }

    private void focusAxis(FxRobot robot) {
        robot.interact(() -> robot.lookup("#timeline").query().requestFocus());
    }

    private static void verifyDetailShows(Event e) {
        verifyThat("#detail-date", hasText(DateLabels.asStated(e)));
        verifyThat("#detail-headline", hasText(e.headline()));
    }

    @Test
    void homeRightAndEndWalkThroughTheEventsInDateOrder(FxRobot robot) {
        List<Event> events = model.getTimeline().events();
        focusAxis(robot);
        robot.type(KeyCode.END).type(KeyCode.HOME);

        verifyThat("#detail-date", hasText("1995"));
        verifyThat("#detail-headline", hasText("Belarus joined NATO's Partnership for Peace program"));
        YearAxis axis = robot.lookup("#timeline").queryAs(YearAxis.class);
        assertThat(axis.getAccessibleText()).isEqualTo("1995: Belarus joined NATO's Partnership for Peace program");

        for (int i = 1; i < events.size(); i++) {
            robot.type(KeyCode.RIGHT);
            verifyDetailShows(events.get(i));
            TimeWindow w = model.getVisibleWindow();
            double day = events.get(i).start().firstDay().toEpochDay();
            assertThat(day).as("event %d is scrolled into view", i).isBetween(w.start() - 366, w.end());
        }
        robot.type(KeyCode.RIGHT);
        verifyDetailShows(events.get(events.size() - 1));
        robot.type(KeyCode.HOME).type(KeyCode.END);
        verifyDetailShows(events.get(events.size() - 1));
        verifyThat("#detail-headline", hasText("Belarus unexpectedly declared its readiness to cooperate with NATO"));
        robot.type(KeyCode.LEFT);
        verifyDetailShows(events.get(events.size() - 2));
    }

    @Test
    void upAndDownJumpBetweenPeriods(FxRobot robot) {
        focusAxis(robot);
        robot.type(KeyCode.HOME).type(KeyCode.DOWN);
        verifyThat("#detail-headline", hasText("Belarus has participated in NATO's Individual Partnership Program since 1997 without joining NATO"));
        robot.type(KeyCode.DOWN);
        verifyThat("#detail-date", hasText("since 1998"));
        robot.type(KeyCode.DOWN);
        verifyThat("#detail-date", hasText("19 January 2004"));
        robot.type(KeyCode.UP);
        verifyThat("#detail-date", hasText("since 1998"));
    }

    @Test
    void shiftRightThreeTimesMarksAPeriodOfExactlyThoseEvents(FxRobot robot) {
        List<Event> events = model.getTimeline().events();
        Event accession = events.stream().filter(e -> e.dateText() != null && e.dateText().equals("19 January 2004"))
                .findFirst().orElseThrow();
        int at = events.indexOf(accession);
        robot.interact(() -> model.select(accession));
        focusAxis(robot);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 3).release(KeyCode.SHIFT);

        PeriodSelection period = model.selectedPeriodProperty().get();
        assertThat(period.events()).containsExactlyElementsOf(events.subList(at, at + 4));
        // named as the PDF's header names it: from the earliest start to the latest ("2006" starts before March)
        verifyThat("#status-period", hasText("Period: 19 January 2004 – March 2006 (4 events)"));
        verifyDetailShows(events.get(at + 3));

        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertThat(model.selectedPeriodProperty().get().events()).containsExactlyElementsOf(events.subList(at, at + 3));
        robot.type(KeyCode.ESCAPE);
        assertThat(model.selectedPeriodProperty().get()).isNull();
    }

    @Test
    void zoomKeysChangeTheVisibleRangeAndZeroFitsAll(FxRobot robot) {
        focusAxis(robot);
        robot.type(KeyCode.HOME);
        TimeWindow fitted = model.getVisibleWindow();
        robot.type(KeyCode.ADD);
        TimeWindow in = model.getVisibleWindow();
        assertThat(in.span()).isCloseTo(fitted.span() / 2, org.assertj.core.data.Offset.offset(1.0));
        robot.type(KeyCode.ADD);
        assertThat(model.getVisibleWindow().span()).isCloseTo(fitted.span() / 4, org.assertj.core.data.Offset.offset(1.0));
        verifyThat("#status-zoom", hasText(StatusBarController.describe(model.getVisibleWindow())));
        robot.type(KeyCode.SUBTRACT);
        assertThat(model.getVisibleWindow().span()).isCloseTo(in.span(), org.assertj.core.data.Offset.offset(1.0));
        robot.type(KeyCode.DIGIT0);
        assertThat(model.getVisibleWindow()).isEqualTo(fitted);
        double first = model.getTimeline().events().get(0).start().firstDay().toEpochDay();
        double last = model.getTimeline().events().get(model.getTimeline().events().size() - 1).last().lastDay().toEpochDay();
        assertThat(fitted.start()).isLessThan(first);
        assertThat(fitted.end()).isGreaterThan(last);
    }

    @Test
    void enterGoesToTheDetailPaneAndEscapeComesBack(FxRobot robot) {
        focusAxis(robot);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#detail-text").query().isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#timeline").query().isFocused()).isTrue();
    }

    @Test
    void f1ShowsTheShortcuts(FxRobot robot) {
        focusAxis(robot);
        robot.type(KeyCode.F1);
        assertThat(robot.lookup("#shortcuts").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
    }
}
