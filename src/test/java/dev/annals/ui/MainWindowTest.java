package dev.annals.ui;

import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.annals.open.TimelineFiles;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindowController controller;

    @Start
    void start(Stage stage) throws Exception {
        FXMLLoader fxml = new FXMLLoader(getClass().getResource("/fxml/main-window.fxml"));
        stage.setScene(new Scene(fxml.load(), 800, 600));
        controller = fxml.getController();
        stage.show();
    }

    @Test
    void showsTheTitleAndEventCountOfTheEmbeddedTimeline(FxRobot robot) {
        verifyThat("#title", hasText("Loading…"));
        var timeline = TimelineFiles.embedded();
        robot.interact(() -> controller.timelineProperty().set(timeline));
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#title", hasText("Belarus–NATO relations"));
        verifyThat("#event-count", hasText(timeline.events().size() + " events, 10 periods"));
    }
}
