package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.BackgroundTasks;

import dev.annals.open.TimelineFiles;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** Builds the real main window for a UI test: the embedded timeline, fresh settings, work run at once. */
final class TestWindows {
    private TestWindows() {
    }

    static ExplorerModel showEmbedded(Stage stage) {
        ExplorerModel model = new ExplorerModel();
        MainWindow window = open(stage, model);
        model.timelineProperty().set(TimelineFiles.embedded());
        window.controller();
        return model;
    }

    static MainWindow open(Stage stage, ExplorerModel model) {
        return open(stage, model, Runnable::run);
    }

    /** The window with its long work (opening, exporting) run by {@code background}. */
    static MainWindow open(Stage stage, ExplorerModel model, Executor background) {
        Settings settings = new Settings(Preferences.userRoot().node("dev/annals-test/" + UUID.randomUUID()));
        MainWindow window = MainWindow.load(model, settings, new BackgroundTasks(background));
        stage.setScene(window.scene(1280, 800));
        stage.show();
        return window;
    }
}
