package dev.annals.ui.export;

import dev.annals.export.ExportOptions;
import dev.annals.export.ExportProgress;
import dev.annals.export.ExportRequest;
import dev.annals.export.ExportSummary;
import dev.annals.export.GeoMapDrawer;
import dev.annals.export.PeriodExport;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Timeline;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.model.ExplorerModel;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Exports a period to PDF from the window: asks which period, where to save (proposing a name from the
 * title and period), then writes in the background while the window stays usable, and says how it went.
 */
public final class PeriodExporter {
    private final ExplorerModel model;
    private final TaskExecutor tasks;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private File lastFolder;
    /** Asks where to save; the system's save dialog, which asks before replacing a file. Tests answer themselves. */
    private BiFunction<Window, FileChooser, File> saveDialog = (owner, chooser) -> chooser.showSaveDialog(owner);

    /** @param status where to tell the user how the export went (the status bar) */
    public PeriodExporter(ExplorerModel model, TaskExecutor tasks, Consumer<String> status) {
        this.model = model;
        this.tasks = tasks;
        this.status = status;
    }

    /** True while an export is being written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the running export has come, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Replaces the save dialog (tests choose the file without a native dialog). */
    public void setSaveDialog(BiFunction<Window, FileChooser, File> dialog) {
        saveDialog = dialog;
    }

    /** Asks for the period and the file, then exports. */
    public void exportInteractively(Window owner) {
        Timeline timeline = model.getTimeline();
        if (timeline == null || running.get()) {
            return;
        }
        TimeWindow w = model.getVisibleWindow();
        new ExportDialog(owner, model.selectedPeriodProperty().get(),
                LocalDate.ofEpochDay((long) Math.ceil(w.start())), LocalDate.ofEpochDay((long) Math.floor(w.end()) - 1))
                .ask().ifPresent(choice -> {
                    File file = chooseFile(owner, timeline, choice);
                    if (file != null) {
                        lastFolder = file.getParentFile();
                        export(owner, timeline, choice, file.toPath());
                    }
                });
    }

    private File chooseFile(Window owner, Timeline timeline, ExportChoice choice) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the period as PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
        chooser.setInitialFileName(proposedName(timeline.title(), choice));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return saveDialog.apply(owner, chooser);
    }

    /** "belarus-nato-relations-2004-2012.pdf" */
    static String proposedName(String title, ExportChoice choice) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String from = choice.from().isoKey().replaceAll("-(early|mid|late|spring|summer|autumn|winter)$", "");
        String to = choice.to().isoKey().replaceAll("-(early|mid|late|spring|summer|autumn|winter)$", "");
        return (slug.isEmpty() ? "timeline" : slug) + "-" + (from.equals(to) ? from : from + "-" + to) + ".pdf";
    }

    private void export(Window owner, Timeline timeline, ExportChoice choice, Path target) {
        running.set(true);
        status.accept("Exporting to " + target.getFileName() + "…");
        tasks.run(() -> {
            ExportRequest request = choice.markedEvents() != null
                    ? ExportRequest.selection(timeline, choice.from().firstDay(), choice.to().lastDay(), choice.markedEvents())
                    : ExportRequest.period(timeline, choice.from(), choice.to());
            ExportOptions options = ExportOptions.DEFAULTS.withPaper(choice.paper()).withMap(choice.includeMap())
                    .withMapDrawer(choice.includeMap() ? new GeoMapDrawer() : ExportOptions.DEFAULTS.mapDrawer());
            return PeriodExport.write(request, options, target, new ExportProgress() {
                @Override
                public void update(int done, int total) {
                    tasks.onUi(() -> progress.set(total == 0 ? 0 : (double) done / total));
                }

                @Override
                public boolean cancelled() {
                    return false; // the window offers no way to cancel an export yet
                }
            });
        }, s -> {
            finish();
            status.accept("Exported " + s.events() + (s.events() == 1 ? " event" : " events") + " on " + s.pages()
                    + (s.pages() == 1 ? " page" : " pages") + " to " + s.file());
        }, error -> {
            finish();
            status.accept("Export failed");
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle("Annals");
            alert.setHeaderText("Could not export " + target.getFileName());
            alert.setContentText((error.getMessage() == null ? error.toString() : error.getMessage())
                    + "\n\nNo file was written.");
            alert.getDialogPane().setId("export-error");
            alert.show();
        });
    }

    private void finish() {
        progress.set(0);
        running.set(false);
    }
}
