package dev.annals.ui.window;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key shown beside a menu item that the window itself never handles: the focused control does (the
 * axis its arrows, {@code +}, {@code 0}, Enter and Esc), so a key acts once, and only where it means
 * what the menu says. Set from FXML as the item's {@code userData}.
 */
final class KeyHint extends KeyCombination {
    private final String text;

    KeyHint(String text) {
        this.text = text;
    }

    @Override
    public boolean match(KeyEvent event) {
        return false;
    }

    @Override
    public String getDisplayText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyHint k && k.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
