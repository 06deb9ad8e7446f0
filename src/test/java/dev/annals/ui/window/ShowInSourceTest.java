package dev.annals.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.loader.LoaderOptions;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.OpenedTimeline;
import dev.annals.ui.model.StepExecutor;
import dev.annals.ui.model.TaskExecutor;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Show in Source" reads the article in the background: it reads the one of the timeline it was asked
 * for, taken from the model on the UI thread, even when another timeline opens before the read runs.
 */
@ExtendWith(ApplicationExtension.class)
class ShowInSourceTest {
    private static final Path FINLAND = Path.of("src/test/resources/articles/finland-eu-relations.txt");

    private final StepExecutor background = new StepExecutor();
    private ExplorerModel model;

    @Start
    void start(Stage stage) throws Exception {
        model = new ExplorerModel();
        TestWindows.open(stage, model, new TaskExecutor(Runnable::run, background));
        Timeline finland = TimelineFiles.open(FINLAND, LoaderOptions.DEFAULTS);
        model.open(OpenedTimeline.of(finland), FINLAND);
    }

    @Test
    void theArticleReadIsTheOneOfTheTimelineAskedFor(FxRobot robot) {
        robot.clickOn("#show-source"); // the read waits in the background queue
        robot.interact(() -> model.open(OpenedTimeline.of(TimelineFiles.embedded()), null));
        robot.interact(() -> {
            while (background.pending() > 0) {
                background.run(0);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        TextArea source = robot.lookup("#source-text").queryAs(TextArea.class);
        assertThat(source.getText()).startsWith("= Finland–European Union relations =");
        robot.interact(() -> source.getScene().getWindow().hide());
    }
}
