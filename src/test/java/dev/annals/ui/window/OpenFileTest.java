package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening files: an article or timeline replaces the open one; a broken file is explained and changes nothing. */
@ExtendWith(ApplicationExtension.class)
class OpenFileTest {
    private ExplorerModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new ExplorerModel();
        window = TestWindows.open(stage, model);
        model.timelineProperty().set(dev.annals.open.TimelineFiles.embedded());
    }

    @Test
    void aBrokenFileShowsTheErrorAndKeepsTheTimeline(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        robot.interact(() -> window.controller().openFile(broken));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open broken.txt");
        assertThat(dialog.getContentText()).contains("broken.txt").contains("binary").contains("stays open");
        assertThat(model.getTimeline().title()).isEqualTo("Belarus–NATO relations");
        verifyThat("#detail-headline", hasText(model.getSelectedEvent().headline()));
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void anArticleOpensInPlaceOfTheTimeline(FxRobot robot) throws Exception {
        Path article = dir.resolve("finland.txt");
        Files.copy(Path.of("src/test/resources/articles/finland-eu-relations.txt"), article);
        robot.interact(() -> window.controller().openFile(article));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTimeline().title()).isEqualTo("Finland–European Union relations");
        assertThat(model.fileProperty().get()).isEqualTo(article);
        int n = model.getTimeline().events().size();
        verifyThat("#status-events", hasText(n + " of " + n + " events"));
        verifyThat("#detail-headline", hasText(model.getTimeline().events().get(0).headline()));
    }

    @Test
    void aTimelineFileOpensToo(FxRobot robot) throws Exception {
        Path json = dir.resolve("belarus.timeline.json");
        Files.copy(Path.of("src/main/resources/data/belarus-nato-relations.timeline.json"), json);
        robot.interact(() -> window.controller().openFile(json));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.fileProperty().get()).isEqualTo(json);
        assertThat(model.getTimeline().events()).isNotEmpty();
    }
}
