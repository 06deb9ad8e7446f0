package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.annals.bench.SyntheticTimeline;
import dev.annals.json.TimelineJson;
import dev.annals.model.Event;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A timeline too large to work on in the UI thread, with the app's background thread: it opens with its
 * filter choices ready, and filters work in the background and show when done, the latest one winning.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTimelineTest {
    private static final int EVENTS = 30_000;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private ExplorerModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        TaskExecutor tasks = new TaskExecutor(Platform::runLater, background);
        model = new ExplorerModel(tasks);
        window = TestWindows.open(stage, model, tasks);
        window.controller().openEmbedded();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void aLargeTimelineOpensWithItsFilterChoices(FxRobot robot) throws Exception {
        open(robot);

        verifyThat("#status-events", hasText(String.format("%,d of %,d events", EVENTS, EVENTS)));
        CheckComboBox<String> categories = robot.lookup("#category-filter").query();
        assertThat(categories.getItems()).containsExactly("cooperation", "diplomacy", "general", "ideology",
                "military", "tension");
        ComboBox<String> entities = robot.lookup("#entity-choice").query();
        assertThat(entities.getItems()).contains("NATO", "Belarus", "Poland").hasSize(7);
        assertThat(entities.getItems().get(0)).as("mentioned by every event").isEqualTo("NATO");
        assertThat(model.getSelectedEvent()).isEqualTo(model.getTimeline().events().get(0));
    }

    @Test
    void filtersOfALargeTimelineShowWhenWorkedOutAndTheLatestWins(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            model.hiddenCategories().add("tension");
            model.entityFilterProperty().set("Poland");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.shownEvents().size() < EVENTS
                && model.shownEvents().stream().allMatch(e -> e.entities().mentions("Poland")));
        WaitForAsyncUtils.waitForFxEvents();

        long expected = model.getTimeline().events().stream()
                .filter(e -> !e.category().equals("tension") && e.entities().mentions("Poland")).count();
        assertThat(model.shownEvents()).hasSize((int) expected).noneMatch(e -> e.category().equals("tension"));
        verifyThat("#status-events", hasText(String.format("%,d of %,d events", expected, EVENTS)));
        Event selected = model.getSelectedEvent();
        assertThat(selected.entities().mentions("Poland")).as("the selection moved to a shown event").isTrue();
    }

    private void open(FxRobot robot) throws Exception {
        Path file = dir.resolve("large.timeline.json");
        TimelineJson.write(SyntheticTimeline.of(EVENTS, 11), file);
        robot.interact(() -> window.controller().openFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.getTimeline().events().size() == EVENTS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
