package dev.annals.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import dev.annals.ui.map.MemberStateMap;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.PeriodSelection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.assertj.core.api.SoftAssertions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every key of the README's key map, pressed as a real keyboard sends it, with the focus on each pane:
 * each has exactly one effect, the one of the pane that has the focus (the window adds none of its own
 * but {@code /}, {@code ?}, F1 and Ctrl+…).
 */
@ExtendWith(ApplicationExtension.class)
class KeyMapTest {
    /** What a keyboard sends for one key of the key map. */
    enum Stroke {
        LEFT, RIGHT, UP, DOWN, HOME, END,
        /** {@code +} on a US main keyboard: Shift and {@code =}, then the character "+". */
        PLUS_MAIN, EQUALS_MAIN, PLUS_KEYPAD,
        /** {@code +} on a layout JavaFX knows no key code for: only the character. */
        PLUS_TYPED,
        MINUS_MAIN, MINUS_KEYPAD, MINUS_TYPED, ZERO_MAIN, ZERO_KEYPAD,
        SHIFT_LEFT, SHIFT_RIGHT, ENTER, ESCAPE, CTRL_F, SLASH, QUESTION_MARK, F1;

        void send(FxRobot robot) {
            switch (this) {
                case PLUS_MAIN -> robot.press(KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT);
                case EQUALS_MAIN -> robot.type(KeyCode.EQUALS);
                case PLUS_KEYPAD -> robot.type(KeyCode.ADD);
                case PLUS_TYPED -> robot.write("+");
                case MINUS_MAIN -> robot.type(KeyCode.MINUS);
                case MINUS_KEYPAD -> robot.type(KeyCode.SUBTRACT);
                case MINUS_TYPED -> robot.write("-");
                case ZERO_MAIN -> robot.type(KeyCode.DIGIT0);
                case ZERO_KEYPAD -> robot.type(KeyCode.NUMPAD0);
                case SHIFT_LEFT -> robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
                case SHIFT_RIGHT -> robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
                case CTRL_F -> robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
                case SLASH -> robot.type(KeyCode.SLASH);
                case QUESTION_MARK -> robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
                default -> robot.type(KeyCode.valueOf(name()));
            }
        }
    }

    /** What the window looks like to a user, before and after a key. */
    record State(int selected, TimeWindow window, List<Integer> period, String search, String focus,
            boolean shortcutsShown, int mapPicture, String filter) {
    }

    /** The one thing a key may change. */
    enum Effect {
        PREVIOUS_EVENT, NEXT_EVENT, PREVIOUS_PERIOD, NEXT_PERIOD, FIRST_EVENT, LAST_EVENT,
        ZOOM_IN, ZOOM_OUT, FIT, SHRINK_PERIOD, EXTEND_PERIOD, CLEAR_PERIOD,
        FOCUS_DETAILS, FOCUS_TIMELINE, FOCUS_SEARCH, SHORTCUTS, TYPES_INTO_SEARCH, CHANGES_MAP, CHOOSES_COUNTRY, NOTHING
    }

    enum Pane {
        AXIS("timeline"), LIST("event-table"), DETAILS("detail-text"), SEARCH("search"), MAP("map");

        final String id;

        Pane(String id) {
            this.id = id;
        }
    }

    record Row(Pane pane, Stroke stroke, Effect effect) {
        @Override
        public String toString() {
            return stroke + " on " + pane + " → " + effect;
        }
    }

    private static final Object[][] TABLE = {
        // key,                  axis,                   list,             details,         search,             map
        {Stroke.LEFT,            Effect.PREVIOUS_EVENT,  Effect.NOTHING,   Effect.NOTHING,  Effect.NOTHING,     Effect.CHANGES_MAP},
        {Stroke.RIGHT,           Effect.NEXT_EVENT,      Effect.NOTHING,   Effect.NOTHING,  Effect.NOTHING,     Effect.CHANGES_MAP},
        {Stroke.UP,              Effect.PREVIOUS_PERIOD, Effect.PREVIOUS_EVENT, Effect.NOTHING, Effect.NOTHING, Effect.CHANGES_MAP},
        {Stroke.DOWN,            Effect.NEXT_PERIOD,     Effect.NEXT_EVENT, Effect.NOTHING, Effect.NOTHING,     Effect.CHANGES_MAP},
        {Stroke.HOME,            Effect.FIRST_EVENT,     Effect.FIRST_EVENT, Effect.NOTHING, Effect.NOTHING,    Effect.NOTHING},
        {Stroke.END,             Effect.LAST_EVENT,      Effect.LAST_EVENT, Effect.NOTHING, Effect.NOTHING,     Effect.NOTHING},
        {Stroke.PLUS_MAIN,       Effect.ZOOM_IN,         Effect.NOTHING,   Effect.NOTHING,  Effect.TYPES_INTO_SEARCH, Effect.CHANGES_MAP},
        {Stroke.EQUALS_MAIN,     Effect.ZOOM_IN,         Effect.NOTHING,   Effect.NOTHING,  Effect.TYPES_INTO_SEARCH, Effect.CHANGES_MAP},
        {Stroke.PLUS_KEYPAD,     Effect.ZOOM_IN,         Effect.NOTHING,   Effect.NOTHING,  Effect.NOTHING,     Effect.CHANGES_MAP},
        {Stroke.PLUS_TYPED,      Effect.ZOOM_IN,         Effect.NOTHING,   Effect.NOTHING,  Effect.TYPES_INTO_SEARCH, Effect.CHANGES_MAP},
        {Stroke.MINUS_MAIN,      Effect.ZOOM_OUT,        Effect.NOTHING,   Effect.NOTHING,  Effect.TYPES_INTO_SEARCH, Effect.CHANGES_MAP},
        {Stroke.MINUS_KEYPAD,    Effect.ZOOM_OUT,        Effect.NOTHING,   Effect.NOTHING,  Effect.NOTHING,     Effect.CHANGES_MAP},
        {Stroke.MINUS_TYPED,     Effect.ZOOM_OUT,        Effect.NOTHING,   Effect.NOTHING,  Effect.TYPES_INTO_SEARCH, Effect.CHANGES_MAP},
        {Stroke.ZERO_MAIN,       Effect.FIT,             Effect.NOTHING,   Effect.NOTHING,  Effect.TYPES_INTO_SEARCH, Effect.CHANGES_MAP},
        {Stroke.ZERO_KEYPAD,     Effect.FIT,             Effect.NOTHING,   Effect.NOTHING,  Effect.NOTHING,     Effect.CHANGES_MAP},
        {Stroke.SHIFT_LEFT,      Effect.SHRINK_PERIOD,   Effect.NOTHING,   Effect.NOTHING,  Effect.NOTHING,     Effect.CHANGES_MAP},
        {Stroke.SHIFT_RIGHT,     Effect.EXTEND_PERIOD,   Effect.NOTHING,   Effect.NOTHING,  Effect.NOTHING,     Effect.CHANGES_MAP},
        {Stroke.ENTER,           Effect.FOCUS_DETAILS,   Effect.NOTHING,   Effect.NOTHING,  Effect.NOTHING,     Effect.CHOOSES_COUNTRY},
        {Stroke.ESCAPE,          Effect.CLEAR_PERIOD,    Effect.FOCUS_TIMELINE, Effect.FOCUS_TIMELINE, Effect.FOCUS_TIMELINE, Effect.NOTHING},
        {Stroke.CTRL_F,          Effect.FOCUS_SEARCH,    Effect.FOCUS_SEARCH, Effect.FOCUS_SEARCH, Effect.NOTHING, Effect.FOCUS_SEARCH},
        {Stroke.SLASH,           Effect.FOCUS_SEARCH,    Effect.FOCUS_SEARCH, Effect.FOCUS_SEARCH, Effect.TYPES_INTO_SEARCH, Effect.FOCUS_SEARCH},
        {Stroke.QUESTION_MARK,   Effect.SHORTCUTS,       Effect.SHORTCUTS, Effect.SHORTCUTS, Effect.TYPES_INTO_SEARCH, Effect.SHORTCUTS},
        {Stroke.F1,              Effect.SHORTCUTS,       Effect.SHORTCUTS, Effect.SHORTCUTS, Effect.SHORTCUTS,  Effect.SHORTCUTS},
    };

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Object[] line : TABLE) {
            for (Pane pane : Pane.values()) {
                rows.add(new Row(pane, (Stroke) line[0], (Effect) line[1 + pane.ordinal()]));
            }
        }
        return rows.stream();
    }

    private Stage stage;
    private ExplorerModel model;
    private List<Event> events;
    private Event start;
    private Pane pane;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.showEmbedded(stage);
        events = model.getTimeline().events();
    }

    @Test
    void keysOnTheAxis(FxRobot robot) {
        pressEveryKey(robot, Pane.AXIS);
    }

    @Test
    void keysInTheEventList(FxRobot robot) {
        pressEveryKey(robot, Pane.LIST);
    }

    @Test
    void keysInTheDetailPane(FxRobot robot) {
        pressEveryKey(robot, Pane.DETAILS);
    }

    @Test
    void keysInTheSearchField(FxRobot robot) {
        pressEveryKey(robot, Pane.SEARCH);
    }

    @Test
    void keysOnTheMap(FxRobot robot) {
        pressEveryKey(robot, Pane.MAP);
    }

    /** Each row from the same starting point; every row is checked, and all failures are reported together. */
    private void pressEveryKey(FxRobot robot, Pane pane) {
        SoftAssertions softly = new SoftAssertions();
        rows().filter(r -> r.pane() == pane).forEach(row -> softly.check(() -> {
            given(robot, row.pane());
            State before = state(robot);
            row.stroke().send(robot);
            WaitForAsyncUtils.waitForFxEvents();
            check(row, before, state(robot));
        }));
        softly.assertAll();
    }

    /**
     * An event in the middle of a period, a marked period, zoomed in once from the whole span, no filter or
     * search, the focus on the pane (on the map, on a country too).
     */
    private void given(FxRobot robot, Pane pane) {
        this.pane = pane;
        if (pane == Pane.MAP) { // a new window: the map keeps its zoom and focused country, which the rows change
            robot.interact(() -> {
                model = TestWindows.showEmbedded(stage);
                events = model.getTimeline().events();
            });
        }
        closeShortcuts();
        robot.interact(() -> {
            model.searchTextProperty().set("");
            model.entityFilterProperty().set(null);
        });
        start = events.stream().filter(e -> "19 January 2004".equals(e.dateText())).findFirst().orElseThrow();
        robot.interact(() -> {
            model.select(start);
            model.fitAll();
            model.zoomIn();
            TimeWindow w = model.getVisibleWindow();
            model.selectTime(w.start(), w.centre());
        });
        if (pane == Pane.MAP) {
            robot.clickOn("#map-zoom-in"); // so that "0" (reset view) shows
        }
        robot.interact(() -> robot.lookup("#" + pane.id).query().requestFocus());
        if (pane == Pane.MAP) {
            robot.type(KeyCode.RIGHT, 2); // a country has the keyboard focus (for Enter), with one west of it
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focus()).isEqualTo(pane.id);
    }

    private State state(FxRobot robot) {
        PeriodSelection period = model.selectedPeriodProperty().get();
        Event selected = model.getSelectedEvent();
        return new State(selected == null ? -1 : events.indexOf(selected), model.getVisibleWindow(),
                period == null ? null : period.events().stream().map(events::indexOf).toList(),
                model.searchTextProperty().get(), focus(), robot.lookup("#shortcuts").tryQuery().isPresent(),
                pane == Pane.MAP ? mapPicture(robot) : 0, model.entityFilterProperty().get());
    }

    /** The id of the focused node or of its nearest ancestor that has one. */
    private String focus() {
        for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
        }
        return "?";
    }

    private static int mapPicture(FxRobot robot) {
        Node map = robot.lookup("#map").query();
        int[] hash = new int[1];
        robot.interact(() -> {
            WritableImage image = map.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] row = new int[w];
            int code = 1;
            for (int y = 0; y < h; y++) {
                pixels.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
                code = 31 * code + Arrays.hashCode(row);
            }
            hash[0] = code;
        });
        return hash[0];
    }

    private void check(Row row, State before, State after) {
        State expected = switch (row.effect()) {
            case PREVIOUS_EVENT -> selecting(before, after, before.selected() - 1);
            case NEXT_EVENT -> selecting(before, after, before.selected() + 1);
            case FIRST_EVENT -> selecting(before, after, 0);
            case LAST_EVENT -> selecting(before, after, events.size() - 1);
            case PREVIOUS_PERIOD -> {
                assertThat(events.get(after.selected()).dateText()).isEqualTo("since 1998");
                yield withSelectionAndWindow(before, after);
            }
            case NEXT_PERIOD -> {
                assertThat(after.selected()).isGreaterThan(before.selected());
                assertThat(after.window().span()).as("the window shows the period").isLessThan(before.window().span());
                yield withSelectionAndWindow(before, after);
            }
            case ZOOM_IN, ZOOM_OUT -> {
                double factor = row.effect() == Effect.ZOOM_IN ? 0.5 : 2;
                assertThat(after.window().span()).as("%s: one zoom step, not two", row)
                        .isCloseTo(before.window().span() * factor, Offset.offset(1.0));
                yield with(before, after.window());
            }
            case FIT -> {
                assertThat(after.window()).isEqualTo(model.indexProperty().get().fittingWindow());
                yield with(before, after.window());
            }
            case SHRINK_PERIOD, EXTEND_PERIOD -> {
                int other = before.selected() + (row.effect() == Effect.EXTEND_PERIOD ? 1 : -1);
                assertThat(after.period()).containsExactlyInAnyOrder(before.selected(), other);
                yield new State(other, after.window(), after.period(), before.search(), before.focus(),
                        before.shortcutsShown(), before.mapPicture(), before.filter());
            }
            case CLEAR_PERIOD -> new State(before.selected(), before.window(), null, before.search(), before.focus(),
                    before.shortcutsShown(), before.mapPicture(), before.filter());
            case FOCUS_DETAILS -> focused(before, after, "detail-text");
            case FOCUS_TIMELINE -> focused(before, after, "timeline");
            case FOCUS_SEARCH -> focused(before, after, "search");
            case SHORTCUTS -> {
                closeShortcuts();
                yield new State(before.selected(), before.window(), before.period(), before.search(), before.focus(),
                        true, before.mapPicture(), before.filter());
            }
            case TYPES_INTO_SEARCH -> {
                assertThat(after.search()).hasSize(1);
                yield new State(before.selected(), before.window(), before.period(), after.search(), before.focus(),
                        before.shortcutsShown(), before.mapPicture(), before.filter());
            }
            case CHANGES_MAP -> {
                assertThat(after.mapPicture()).as("%s: the map changed", row).isNotEqualTo(before.mapPicture());
                yield new State(before.selected(), before.window(), before.period(), before.search(), before.focus(),
                        before.shortcutsShown(), after.mapPicture(), before.filter());
            }
            case CHOOSES_COUNTRY -> {
                String told = ((MemberStateMap) stage.getScene().lookup("#map")).statusProperty().get();
                assertThat(after.filter() != null || told.startsWith("No event mentions"))
                        .as("%s: the events are filtered by the focused country, or the map says none mentions it", row)
                        .isTrue();
                yield new State(after.selected(), after.window(), after.period(), before.search(), before.focus(),
                        before.shortcutsShown(), after.mapPicture(), after.filter());
            }
            case NOTHING -> before;
        };
        assertThat(after).as("%s: nothing else changes", row).isEqualTo(expected);
    }

    /** A new selected event; the window may scroll to show it, the marked period stays. */
    private State selecting(State before, State after, int index) {
        assertThat(after.selected()).isEqualTo(index);
        assertThat(after.window().span()).as("scrolled, not zoomed").isCloseTo(before.window().span(), Offset.offset(1e-6));
        return withSelectionAndWindow(before, after);
    }

    private static State withSelectionAndWindow(State before, State after) {
        return new State(after.selected(), after.window(), before.period(), before.search(), before.focus(),
                before.shortcutsShown(), before.mapPicture(), before.filter());
    }

    private static State with(State before, TimeWindow window) {
        return new State(before.selected(), window, before.period(), before.search(), before.focus(),
                before.shortcutsShown(), before.mapPicture(), before.filter());
    }

    /** The focus moves; the map may redraw without its focus ring. */
    private static State focused(State before, State after, String id) {
        return new State(before.selected(), before.window(), before.period(), before.search(), id,
                before.shortcutsShown(), after.mapPicture(), before.filter());
    }

    private void closeShortcuts() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != stage && Objects.nonNull(w.getScene()) && w.getScene().lookup("#shortcuts") != null) {
                javafx.application.Platform.runLater(w::hide);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
