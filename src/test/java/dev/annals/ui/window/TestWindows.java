package dev.annals.ui.window;

import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.OpenedTimeline;
import dev.annals.ui.model.TaskExecutor;
import javafx.stage.Stage;

/** Builds the real main window for a UI test: the embedded timeline, settings in memory, work run at once. */
final class TestWindows {
    private TestWindows() {
    }

    static ExplorerModel showEmbedded(Stage stage) {
        ExplorerModel model = new ExplorerModel();
        open(stage, model, TaskExecutor.direct());
        model.open(OpenedTimeline.of(TimelineFiles.embedded()), null);
        return model;
    }

    /** The window with its long work (opening, exporting, the map) run by {@code tasks}. */
    static MainWindow open(Stage stage, ExplorerModel model, TaskExecutor tasks) {
        return open(stage, model, tasks, MemoryPreferences.settings());
    }

    /** The window as the app shows it, titled as the app titles it. */
    static MainWindow open(Stage stage, ExplorerModel model, TaskExecutor tasks, Settings settings) {
        MainWindow window = MainWindow.load(model, settings, tasks);
        stage.setScene(window.scene(1280, 800));
        stage.titleProperty().bind(window.title());
        stage.show();
        return window;
    }
}
