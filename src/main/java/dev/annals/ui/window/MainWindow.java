package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.BackgroundTasks;

import dev.annals.ui.detail.DetailPaneController;
import dev.annals.ui.list.EventListController;
import dev.annals.ui.map.MapController;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Builds the main window from its FXML, handing each controller the shared model and services. */
public final class MainWindow {
    private final Parent root;
    private final MainWindowController controller;

    private MainWindow(Parent root, MainWindowController controller) {
        this.root = root;
        this.controller = controller;
    }

    public static MainWindow load(ExplorerModel model, Settings settings, BackgroundTasks tasks) {
        FXMLLoader fxml = new FXMLLoader(MainWindow.class.getResource("/fxml/main-window.fxml"));
        fxml.setControllerFactory(type -> {
            if (type == MainWindowController.class) {
                return new MainWindowController(model, settings, tasks);
            }
            if (type == DetailPaneController.class) {
                return new DetailPaneController(model, tasks);
            }
            if (type == EventListController.class) {
                return new EventListController(model);
            }
            if (type == MapController.class) {
                return new MapController(model, tasks);
            }
            throw new IllegalArgumentException("no controller " + type.getName());
        });
        try {
            Parent root = fxml.load();
            return new MainWindow(root, fxml.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's FXML is broken", e);
        }
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
