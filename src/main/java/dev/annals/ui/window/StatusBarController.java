package dev.annals.ui.window;

import dev.annals.layout.PeriodWords;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Timeline;
import dev.annals.ui.export.PeriodExporter;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.PeriodSelection;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The status bar: events shown, the marked period with its Export… button, the export's progress, the last message, the visible span. */
public final class StatusBarController {
    private final ExplorerModel model;
    private final PeriodExporter exporter;
    private final StringProperty message;

    @FXML
    private Label statusEvents;
    @FXML
    private Label statusPeriod;
    @FXML
    private Label statusZoom;
    @FXML
    private Label statusMessage;
    @FXML
    private Button exportButton;
    @FXML
    private ProgressBar exportProgress;

    /** @param message what the window last had to say (an export written, a file opened) */
    public StatusBarController(ExplorerModel model, PeriodExporter exporter, StringProperty message) {
        this.model = model;
        this.exporter = exporter;
        this.message = message;
    }

    @FXML
    private void initialize() {
        statusEvents.textProperty().bind(Bindings.createStringBinding(() -> {
            Timeline t = model.getTimeline();
            int total = t == null ? 0 : t.events().size();
            return String.format("%,d of %,d events", model.shownEvents().size(), total); // grouped as the user's locale does
        }, model.shownEvents(), model.timelineProperty()));
        statusPeriod.textProperty().bind(Bindings.createStringBinding(() -> {
            PeriodSelection p = model.selectedPeriodProperty().get();
            if (p == null || p.events().isEmpty()) {
                return "No period marked (Shift+→ or Shift+drag)";
            }
            return "Period: " + PeriodWords.spanOf(p.events()) + " (" + p.events().size()
                    + (p.events().size() == 1 ? " event)" : " events)");
        }, model.selectedPeriodProperty()));
        statusZoom.textProperty().bind(Bindings.createStringBinding(() -> describe(model.getVisibleWindow()),
                model.visibleWindowProperty()));
        statusMessage.textProperty().bind(message);
        exportProgress.visibleProperty().bind(exporter.runningProperty());
        exportProgress.managedProperty().bind(exporter.runningProperty());
        exportProgress.progressProperty().bind(exporter.progressProperty());
        exportButton.disableProperty().bind(exporter.runningProperty().or(model.timelineProperty().isNull()));
    }

    /** "Showing 1993–2024 (31 years)", or months or days when zoomed in. */
    static String describe(TimeWindow w) {
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(w.start()));
        LocalDate to = LocalDate.ofEpochDay((long) Math.ceil(w.end()) - 1);
        double years = w.span() / 365.2425;
        String span = years >= 2 ? Math.round(years) + " years"
                : w.span() >= 60 ? Math.round(w.span() / 30.44) + " months" : Math.round(w.span()) + " days";
        String range = years >= 2 ? from.getYear() + "–" + to.getYear() : from + " – " + to;
        return "Showing " + range + " (" + span + ")";
    }

    @FXML
    private void export() {
        exporter.exportInteractively(exportButton.getScene().getWindow());
    }
}
