package dev.annals.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.geo.PreparedMap;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.OpenedTimeline;
import dev.annals.ui.model.TaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** When the map cannot be prepared the pane says what failed, instead of "Preparing the map…" for ever. */
@ExtendWith(ApplicationExtension.class)
class MapPreparationTest {
    private ExplorerModel model;
    private MemberStateMap map;
    /** How the map is prepared: failing, until a test says otherwise. */
    private Function<Timeline, PreparedMap> preparation = timeline -> {
        throw new UncheckedIOException(new IOException("countries-50m.shapes is damaged at byte 1204"));
    };

    @Start
    void start(Stage stage) throws IOException {
        model = new ExplorerModel();
        FXMLLoader fxml = new FXMLLoader(MapController.class.getResource("/fxml/map-panel.fxml"));
        fxml.setControllerFactory(type -> new MapController(model, TaskExecutor.direct(), t -> preparation.apply(t)));
        Parent pane = fxml.load();
        stage.setScene(new Scene(pane, 500, 420));
        stage.getScene().getStylesheets().addAll("/css/annals-light.css", "/css/annals.css");
        stage.show();
        map = (MemberStateMap) stage.getScene().lookup("#map");
    }

    @Test
    void aFailedPreparationIsExplained(FxRobot robot) {
        robot.interact(() -> model.open(OpenedTimeline.of(TimelineFiles.embedded()), null));
        assertThat(map.getData()).isNull();
        assertThat(map.placeholderProperty().get())
                .isEqualTo("The map could not be prepared: countries-50m.shapes is damaged at byte 1204");
    }

    @Test
    void theNextTimelineTriesAgain(FxRobot robot) {
        robot.interact(() -> model.open(OpenedTimeline.of(TimelineFiles.embedded()), null));
        preparation = timeline -> PreparedMap.of(timeline.locator());
        robot.interact(() -> model.open(OpenedTimeline.NONE, null));
        robot.interact(() -> model.open(OpenedTimeline.of(TimelineFiles.embedded()), null));
        assertThat(map.getData()).isNotNull();
    }
}
