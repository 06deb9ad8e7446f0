package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code --smoke}: the ready line once the timeline is on the screen, and the option is no file to open. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    private final Region timeline = new Region();

    @Start
    void start(Stage stage) {
        timeline.setPrefSize(400, 200);
        stage.setScene(new Scene(new StackPane(timeline)));
        stage.show();
    }

    @Test
    void printsTheReadyLineAfterTheTimelineIsDrawnAndQuits(FxRobot robot) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CountDownLatch quit = new CountDownLatch(1);
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        robot.interact(() -> StartupProbe.reportFirstFrame(timeline, out, quit::countDown));

        assertThat(quit.await(10, TimeUnit.SECONDS)).as("quits").isTrue();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).matches("ready in \\d+ ms\\R");
    }

    @Test
    void theOptionIsNoFileToOpen() {
        assertThat(StartupProbe.withoutOption(List.of("--smoke"))).isEmpty();
        assertThat(StartupProbe.withoutOption(List.of("--smoke", "a.timeline.json")))
                .containsExactly("a.timeline.json");
        assertThat(StartupProbe.withoutOption(List.of("a.timeline.json"))).containsExactly("a.timeline.json");
    }
}
