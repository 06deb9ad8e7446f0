package dev.annals.app;

import dev.annals.loader.LoaderOptions;
import dev.annals.model.Timeline;
import dev.annals.open.OpenException;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.MainWindowController;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: builds the window and opens the timeline named on the command line, or the embedded one. */
public final class AnnalsApp extends Application {
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annals-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) throws IOException {
        FXMLLoader fxml = new FXMLLoader(AnnalsApp.class.getResource("/fxml/main-window.fxml"));
        Parent root = fxml.load();
        MainWindowController controller = fxml.getController();
        stage.setTitle("Annals");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();

        List<String> files = getParameters().getUnnamed();
        Task<Timeline> open = new Task<>() {
            @Override
            protected Timeline call() throws OpenException {
                return files.isEmpty() ? TimelineFiles.embedded()
                        : TimelineFiles.open(Path.of(files.get(0)), LoaderOptions.DEFAULTS);
            }
        };
        open.setOnSucceeded(e -> {
            controller.timelineProperty().set(open.getValue());
            stage.setTitle(open.getValue().title() + " — Annals");
        });
        open.setOnFailed(e -> {
            new Alert(Alert.AlertType.ERROR, open.getException().getMessage()).show();
            controller.timelineProperty().set(TimelineFiles.embedded());
        });
        background.execute(open);
    }

    @Override
    public void stop() {
        background.shutdownNow();
        Platform.exit();
    }
}
