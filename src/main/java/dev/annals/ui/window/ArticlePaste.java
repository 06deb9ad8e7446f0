package dev.annals.ui.window;

import dev.annals.ui.model.TimelineOpener;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+V (Cmd+V) on the window opens the article on the clipboard, as copied from a page or as wikitext,
 * in the background; where a text field has the focus, Ctrl+V pastes into it as usual.
 */
final class ArticlePaste {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final TimelineOpener opener;
    private final BiConsumer<String, String> showError;

    /** @param showError shows a header and a message when the clipboard holds no article */
    ArticlePaste(TimelineOpener opener, BiConsumer<String, String> showError) {
        this.opener = opener;
        this.showError = showError;
    }

    void install(Node root) {
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
            if (PASTE.match(e) && !typing) {
                paste(Clipboard.getSystemClipboard().getString());
                e.consume();
            }
        });
    }

    /** Opens {@code text} as an article in place of the open timeline; the open one stays if it is none. */
    void paste(String text) {
        if (text == null || text.isBlank()) {
            showError.accept("Nothing to paste", "The clipboard holds no text. Copy an article's text or its wikitext first.");
            return;
        }
        opener.openText(text, () -> { }, error -> showError.accept("Could not open the pasted text",
                error.getMessage() == null ? error.toString() : error.getMessage()));
    }
}
