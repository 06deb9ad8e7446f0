package dev.annals.app;

import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.window.MainWindow;
import dev.annals.ui.window.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: builds the window where it was last, and opens the file given or the embedded timeline. */
public final class AnnalsApp extends Application {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.forUser();
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "annals-background");
            t.setDaemon(true);
            return t;
        });
        TaskExecutor tasks = new TaskExecutor(Platform::runLater, background);
        ExplorerModel model = new ExplorerModel(tasks);
        MainWindow window = MainWindow.load(model, settings, tasks);
        stage.setScene(window.scene(settings.getDouble("window.width", DEFAULT_WIDTH),
                settings.getDouble("window.height", DEFAULT_HEIGHT)));
        stage.titleProperty().bind(window.title());
        placeWindow(stage, settings);
        stage.setOnCloseRequest(e -> {
            window.controller().saveLayout();
            saveWindow(stage, settings);
            settings.flush();
        });
        var icon = AnnalsApp.class.getResource("/icons/annals-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.show();
        stage.getScene().lookup("#timeline").requestFocus();
        List<String> args = getParameters().getUnnamed();
        if (args.contains(StartupProbe.OPTION)) {
            StartupProbe.reportFirstFrame(stage.getScene().lookup("#timeline"), System.out, Platform::exit);
        }

        // The embedded timeline shows at once; the file named on the command line, or else the one open
        // when Annals last closed, replaces it when it has been read.
        window.controller().openEmbedded();
        List<String> files = StartupProbe.withoutOption(args);
        Path last = settings.lastOpened();
        if (!files.isEmpty()) {
            window.controller().openFile(Path.of(files.get(0)));
        } else if (last != null && Files.isRegularFile(last)) {
            window.controller().openFile(last);
        }
    }

    /** Puts the window where it was, if that place is still on a screen. */
    private static void placeWindow(Stage stage, Settings settings) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        double w = settings.getDouble("window.width", DEFAULT_WIDTH);
        double h = settings.getDouble("window.height", DEFAULT_HEIGHT);
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
    }

    private static void saveWindow(Stage stage, Settings settings) {
        settings.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            settings.putDouble("window.x", stage.getX());
            settings.putDouble("window.y", stage.getY());
            settings.putDouble("window.width", stage.getWidth());
            settings.putDouble("window.height", stage.getHeight());
        }
    }
}
