package dev.annals.ui.model;

import dev.annals.loader.LoaderOptions;
import dev.annals.open.TimelineFiles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Opens articles and timelines into the {@link ExplorerModel}: a file is read in the background with
 * what the window derives from all its events, and the latest request wins, so a slow open that ends
 * after the user chose another timeline never replaces it. {@link #runningProperty()} stays true while
 * the latest open is still reading.
 */
public final class TimelineOpener {
    private final ExplorerModel model;
    private final LatestOnly opens;

    public TimelineOpener(ExplorerModel model, TaskExecutor tasks) {
        this.model = model;
        this.opens = new LatestOnly(tasks);
    }

    /**
     * Reads {@code file} in the background and opens it, unless another open is requested meanwhile;
     * then {@code onOpened} or, with why it failed, {@code onFailed} (the open timeline stays).
     */
    public void open(Path file, Runnable onOpened, Consumer<Throwable> onFailed) {
        open(file, null, onOpened, onFailed);
    }

    /** Likewise for {@code page} of a file of several articles (null: its only one; else it fails with ManyPagesException). */
    public void open(Path file, String page, Runnable onOpened, Consumer<Throwable> onFailed) {
        opens.run(() -> OpenedTimeline.of(TimelineFiles.read(file, LoaderOptions.DEFAULTS, page).timeline()), opened -> {
            model.open(opened, file);
            onOpened.run();
        }, onFailed);
    }

    /** Reads an article given as text (pasted) in the background and opens it, by the same latest-wins rule. */
    public void openText(String text, Runnable onOpened, Consumer<Throwable> onFailed) {
        opens.run(() -> OpenedTimeline.of(TimelineFiles.read(text, LoaderOptions.DEFAULTS).timeline()), opened -> {
            model.open(opened, null);
            onOpened.run();
        }, onFailed);
    }

    /** Opens the timeline that ships with Annals at once, in place of any open still reading. */
    public void openEmbedded() {
        opens.supersede();
        model.open(OpenedTimeline.of(TimelineFiles.embedded()), null);
    }

    /** True while the latest open is reading its file. */
    public ReadOnlyBooleanProperty runningProperty() {
        return opens.runningProperty();
    }
}
