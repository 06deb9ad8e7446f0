package dev.annals.export;

/**
 * Hears how far an export has come and may ask it to stop. A JavaFX {@code Task} maps {@link #update} to
 * {@code updateProgress} and {@link #cancelled()} to {@code isCancelled()}; an interrupted thread stops
 * the export as well.
 */
@FunctionalInterface
public interface ExportProgress {
    /** Reports no progress and never cancels. */
    ExportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} steps are finished (one step per event, one for writing the file). */
    void update(int done, int total);

    /** True when the export should stop; it then throws {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
