package dev.annals.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.annals.exchange.EventsCsv;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TaskExecutor;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Files from other tools open in the window like Annals' own: a TimelineJS sheet and a CSV of events. */
@ExtendWith(ApplicationExtension.class)
class OpenExchangeFileTest {
    private ExplorerModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new ExplorerModel();
        window = TestWindows.open(stage, model, TaskExecutor.direct(), MemoryPreferences.settings());
        window.controller().openEmbedded();
    }

    // given a sheet in TimelineJS's template layout, when it is opened, then its events are shown
    @Test
    void aTimelineJsSheetOpens(FxRobot robot) throws Exception {
        Path sheet = dir.resolve("sheet.csv");
        Files.copy(Path.of("src/test/resources/exchange/hand-written-template.csv"), sheet);
        robot.interact(() -> window.controller().openFile(sheet));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTimeline().title()).isEqualTo("Belarus and NATO");
        assertThat(model.fileProperty().get()).isEqualTo(sheet);
        verifyThat("#status-events", hasText("5 of 5 events"));
        verifyThat("#detail-headline", hasText("Partnership for Peace"));
    }

    // given the embedded timeline's events as a CSV, when it is opened, then every event is there
    @Test
    void aCsvOfEventsOpens(FxRobot robot) throws Exception {
        Path csv = dir.resolve("events.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            EventsCsv.write(TimelineFiles.embedded(), out, true);
        }
        robot.interact(() -> window.controller().openFile(csv));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTimeline().events()).isEqualTo(TimelineFiles.embedded().events());
        verifyThat("#status-events", hasText("43 of 43 events"));
    }
}
