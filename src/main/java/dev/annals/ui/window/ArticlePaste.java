package dev.annals.ui.window;

import dev.annals.loader.LoaderOptions;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.BackgroundTasks;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.OpenedTimeline;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;
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

    private final ExplorerModel model;
    private final BackgroundTasks tasks;
    private final BiConsumer<String, String> showError;

    /** @param showError shows a header and a message when the clipboard holds no article */
    ArticlePaste(ExplorerModel model, BackgroundTasks tasks, BiConsumer<String, String> showError) {
        this.model = model;
        this.tasks = tasks;
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
        Task<OpenedTimeline> open = new Task<>() {
            @Override
            protected OpenedTimeline call() throws Exception {
                return OpenedTimeline.of(TimelineFiles.read(text, LoaderOptions.DEFAULTS).timeline());
            }
        };
        open.setOnSucceeded(e -> model.open(open.getValue(), null));
        open.setOnFailed(e -> {
            Throwable error = open.getException();
            showError.accept("Could not open the pasted text", error.getMessage() == null ? error.toString() : error.getMessage());
        });
        tasks.run(open);
    }
}
