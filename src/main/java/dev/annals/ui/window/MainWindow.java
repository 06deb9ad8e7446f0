package dev.annals.ui.window;

import dev.annals.ui.detail.DetailPaneController;
import dev.annals.ui.export.PeriodExporter;
import dev.annals.ui.list.EventListController;
import dev.annals.ui.map.MapController;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.model.TimelineOpener;
import dev.annals.ui.timeline.TimelinePaneController;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Builds the main window from its FXML, handing each controller the shared model and services. */
public final class MainWindow {
    private final Parent root;
    private final MainWindowController controller;
    private final ExplorerModel model;

    private MainWindow(Parent root, MainWindowController controller, ExplorerModel model) {
        this.root = root;
        this.controller = controller;
        this.model = model;
    }

    /** @param tasks where long work runs (opening, filtering large timelines, exporting, the map) */
    public static MainWindow load(ExplorerModel model, Settings settings, TaskExecutor tasks) {
        TimelineOpener opener = new TimelineOpener(model, tasks);
        StringProperty message = new SimpleStringProperty(null, "statusMessage", "");
        PeriodExporter exporter = new PeriodExporter(model, tasks, message::set);
        Map<Class<?>, Supplier<Object>> controllers = Map.of(
                MainWindowController.class, () -> new MainWindowController(model, settings, opener, exporter, message),
                ToolBarController.class, () -> new ToolBarController(model, opener),
                TimelinePaneController.class, () -> new TimelinePaneController(model),
                DetailPaneController.class, () -> new DetailPaneController(model, tasks),
                EventListController.class, () -> new EventListController(model),
                MapController.class, () -> new MapController(model, tasks),
                StatusBarController.class, () -> new StatusBarController(model, exporter, message));
        FXMLLoader fxml = new FXMLLoader(MainWindow.class.getResource("/fxml/main-window.fxml"));
        fxml.setControllerFactory(type -> {
            Supplier<Object> controller = controllers.get(type);
            if (controller == null) {
                throw new IllegalArgumentException("no controller " + type.getName());
            }
            return controller.get();
        });
        try {
            Parent root = fxml.load();
            return new MainWindow(root, fxml.getController(), model);
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's FXML is broken", e);
        }
    }

    /** The stage's title: the open file's name ("belarus-nato-relations.txt — Annals"), or the embedded timeline's title. */
    public ObservableValue<String> title() {
        return Bindings.createStringBinding(() -> {
            Path file = model.fileProperty().get();
            Timeline t = model.getTimeline();
            String name = file != null ? String.valueOf(file.getFileName()) : t != null ? t.title() : null;
            return name == null ? "Annals" : name + " — Annals";
        }, model.fileProperty(), model.timelineProperty());
    }

    public MainWindowController controller() {
        return controller;
    }

    /** A scene of the window in the theme the user chose last. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(controller.theme().stylesheets());
        return scene;
    }
}
