package dev.annals.ui.timeline;

import static dev.annals.ui.timeline.AxisCommand.*;
import static java.util.Map.entry;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The year axis's keys: one command per key press. A keyboard reports a key such as {@code +} as a press
 * (EQUALS with Shift, or ADD on the keypad) and as a typed character, and a layout JavaFX has no key code
 * for only as the character; so a press the axis acted on swallows the character that follows it, and a
 * character acts only when its press did not.
 */
final class YearAxisKeys {
    private static final Map<KeyCode, AxisCommand> PLAIN = Map.ofEntries(
            entry(KeyCode.LEFT, PREVIOUS_EVENT), entry(KeyCode.RIGHT, NEXT_EVENT),
            entry(KeyCode.UP, PREVIOUS_PERIOD), entry(KeyCode.DOWN, NEXT_PERIOD),
            entry(KeyCode.HOME, FIRST_EVENT), entry(KeyCode.END, LAST_EVENT),
            entry(KeyCode.PLUS, ZOOM_IN), entry(KeyCode.EQUALS, ZOOM_IN), entry(KeyCode.ADD, ZOOM_IN),
            entry(KeyCode.MINUS, ZOOM_OUT), entry(KeyCode.SUBTRACT, ZOOM_OUT),
            entry(KeyCode.DIGIT0, FIT), entry(KeyCode.NUMPAD0, FIT),
            entry(KeyCode.ENTER, SHOW_DETAILS), entry(KeyCode.ESCAPE, CLEAR_PERIOD));
    /** With Shift: the marked period, and {@code +} where it is Shift and {@code =} (US and UK layouts). */
    private static final Map<KeyCode, AxisCommand> SHIFTED = Map.of(
            KeyCode.LEFT, SHRINK_PERIOD, KeyCode.RIGHT, EXTEND_PERIOD, KeyCode.EQUALS, ZOOM_IN, KeyCode.PLUS, ZOOM_IN);
    private static final Map<String, AxisCommand> TYPED = Map.of("+", ZOOM_IN, "=", ZOOM_IN, "-", ZOOM_OUT, "0", FIT);

    private final Consumer<AxisCommand> commands;
    /** Set when the last press ran a command, so the character it types does not run it again. */
    private boolean pressActed;

    private YearAxisKeys(Consumer<AxisCommand> commands) {
        this.commands = commands;
    }

    /** Handles the axis's keys, passing each command to the axis's {@link YearAxis#onCommandProperty() handler}. */
    static void install(YearAxis axis) {
        YearAxisKeys keys = new YearAxisKeys(command -> {
            Consumer<AxisCommand> handler = axis.getOnCommand();
            if (handler != null) {
                handler.accept(command);
            }
        });
        axis.addEventHandler(KeyEvent.KEY_PRESSED, keys::pressed);
        axis.addEventHandler(KeyEvent.KEY_TYPED, keys::typed);
        axis.addEventHandler(KeyEvent.KEY_RELEASED, e -> keys.pressActed = false);
    }

    private void pressed(KeyEvent e) {
        pressActed = false;
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
            return; // the window's shortcuts
        }
        AxisCommand command = (e.isShiftDown() ? SHIFTED : PLAIN).get(e.getCode());
        if (command != null) {
            pressActed = true;
            commands.accept(command);
            e.consume();
        }
    }

    private void typed(KeyEvent e) {
        if (pressActed) {
            pressActed = false;
            if (TYPED.containsKey(e.getCharacter())) {
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
            return;
        }
        AxisCommand command = TYPED.get(e.getCharacter());
        if (command != null) {
            commands.accept(command);
            e.consume();
        }
    }
}
