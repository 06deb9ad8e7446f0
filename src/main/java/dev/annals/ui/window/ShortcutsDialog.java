package dev.annals.ui.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The key map, as a dialog (F1 or ?). */
final class ShortcutsDialog {
    private static final String[][] KEYS = {
        {"← / →", "Previous / next event (the axis scrolls to keep it in view)"},
        {"↑ / ↓", "Previous / next period"},
        {"Home / End", "First / last event"},
        {"+ / −, Ctrl+wheel", "Zoom in / out around the selection (or the pointer)"},
        {"Wheel, drag, Shift+wheel", "Zoom, pan"},
        {"0", "Fit the whole timeline"},
        {"Shift+← / Shift+→", "Shrink or extend the marked period event by event"},
        {"Shift+drag", "Mark a period on the axis; drag its edges to adjust"},
        {"Enter / Esc", "Go to the detail pane / back to the timeline"},
        {"Ctrl+F or /", "Search; Enter / Shift+Enter next / previous match; Esc clears"},
        {"Ctrl+O", "Open an article or timeline (or drop a file on the window)"},
        {"Ctrl+V", "Open the article (text or wikitext) on the clipboard (File › Paste Article)"},
        {"Tab", "Move between search, filters, timeline, details, the event list and the map"},
        {"Map: ← → ↑ ↓", "Move to the next country in that direction"},
        {"Map: Enter or Space, click", "Show only the events that mention the country; again to show all"},
        {"Map: + / −, wheel, drag", "Zoom in / out, pan"},
        {"Map: 0 or Ctrl+0", "Show the whole map again (Reset view)"},
        {"Ctrl+L", "Map: members as the article lists them, or on the event's date"},
        {"F1 or ?", "Show these shortcuts"},
    };

    private final Alert alert;

    ShortcutsDialog(Window owner) {
        alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setId("shortcuts");
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(KEYS[i][1]));
        }
        alert.getDialogPane().setContent(grid);
    }

    void show() {
        alert.show();
    }
}
