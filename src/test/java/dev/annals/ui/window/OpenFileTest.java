package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.annals.json.TimelineJson;
import dev.annals.loader.LoaderOptions;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
    private Stage stage;
    private final Settings settings = MemoryPreferences.settings();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new ExplorerModel();
        this.stage = stage;
        settings.addRecent(Path.of("src/test/resources/articles/no-longer-here.txt"));
        settings.addRecent(Path.of("src/test/resources/articles/finland-eu-relations.txt"));
        window = TestWindows.open(stage, model, TaskExecutor.direct(), settings);
        window.controller().openEmbedded();
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
        assertThat(stage.getTitle()).as("the title bar names the file").isEqualTo("finland.txt — Annals");
        int n = model.getTimeline().events().size();
        verifyThat("#status-events", hasText(n + " of " + n + " events"));
        verifyThat("#detail-headline", hasText(model.getTimeline().events().get(0).headline()));
    }

    @Test
    void theExampleIsTitledByItsTitle() {
        assertThat(stage.getTitle()).isEqualTo("Belarus–NATO relations — Annals");
    }

    @Test
    void aRecentFileThatIsNoLongerThereIsMarkedAndNotOffered(FxRobot robot) {
        Menu recent = (Menu) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "Open _Recent".equals(i.getText())).findFirst().orElseThrow();
        Path folder = Path.of("src/test/resources/articles").toAbsolutePath();
        assertThat(recent.getItems()).extracting(MenuItem::getText, MenuItem::isDisable).containsExactly(
                tuple("finland-eu-relations.txt  —  " + folder, false),
                tuple("no-longer-here.txt  —  " + folder + "  (not found)", true));
    }

    @Test
    void aTimelineFileOpensInPlaceOfTheTimeline(FxRobot robot) throws Exception {
        Path json = dir.resolve("finland.timeline.json");
        Timeline finland = TimelineFiles.open(Path.of("src/test/resources/articles/finland-eu-relations.txt"),
                LoaderOptions.DEFAULTS);
        TimelineJson.write(finland, json);
        robot.interact(() -> window.controller().openFile(json));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTimeline().title()).isEqualTo("Finland–European Union relations");
        assertThat(model.fileProperty().get()).isEqualTo(json);
        int n = finland.events().size();
        verifyThat("#status-events", hasText(n + " of " + n + " events"));
        verifyThat("#detail-headline", hasText(finland.events().get(0).headline()));
    }
}
