package dev.annals.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+V on the window opens the article on the clipboard; a file of several articles asks which to open. */
@ExtendWith(ApplicationExtension.class)
class PasteAndPagesTest {
    private ExplorerModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new ExplorerModel();
        window = TestWindows.open(stage, model, TaskExecutor.direct());
        window.controller().openEmbedded();
    }

    private static void copy(FxRobot robot, String text) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
    }

    @Test
    void ctrlVOnTheWindowOpensPastedWikitext(FxRobot robot) throws Exception {
        copy(robot, Files.readString(Path.of("src/test/resources/articles/belarus-nato-relations.wiki")));

        robot.clickOn("#timeline").press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTimeline().title()).isEqualTo("Belarus–NATO relations");
        assertThat(model.getTimeline().source().file()).isEqualTo("pasted text");
        assertThat(model.getTimeline().events()).hasSize(TimelineFiles.embedded().events().size());
    }

    // given an article on the clipboard, when File > Paste Article is chosen, then it opens, as with Ctrl+V
    @Test
    void theFileMenuPastesTheArticleToo(FxRobot robot) throws Exception {
        copy(robot, Files.readString(Path.of("src/test/resources/articles/belarus-nato-relations.wiki")));
        MenuItem paste = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "pasteItem".equals(i.getId())).findFirst().orElseThrow();
        assertThat(paste.getText()).isEqualTo("_Paste Article");
        assertThat(paste.getAccelerator().getDisplayText()).isEqualTo("Ctrl+V");

        robot.interact(paste::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTimeline().source().file()).isEqualTo("pasted text");
        assertThat(model.getTimeline().events()).hasSize(TimelineFiles.embedded().events().size());
    }

    @Test
    void ctrlVInTheSearchFieldPastesIntoIt(FxRobot robot) {
        copy(robot, "Minsk");

        robot.clickOn("#search").press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTimeline().source().file()).isEqualTo("belarus-nato-relations.txt");
    }

    @Test
    void anExportOfTwoArticlesAsksWhichAndOpensTheChosenOne(FxRobot robot) throws Exception {
        Path export = dir.resolve("export.xml");
        Files.writeString(export, """
                <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">
                  <page><title>Alpha–NATO relations</title><revision><text>'''Alpha''' joined in 1901.</text></revision></page>
                  <page><title>Beta–NATO relations</title><revision><text>'''Beta''' joined in 1902.</text></revision></page>
                </mediawiki>
                """);

        robot.interact(() -> window.controller().openFile(export));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane choice = robot.lookup("#page-choice").queryAs(DialogPane.class);
        assertThat(choice.getHeaderText()).isEqualTo("export.xml holds 2 articles");
        @SuppressWarnings("unchecked")
        ComboBox<String> titles = robot.from(choice).lookup(".combo-box").queryAs(ComboBox.class);
        assertThat(titles.getItems()).containsExactly("Alpha–NATO relations", "Beta–NATO relations");
        robot.interact(() -> titles.getSelectionModel().select("Beta–NATO relations"));
        robot.clickOn(robot.from(choice).lookup(".button").match(n -> "OK".equals(((javafx.scene.control.Button) n).getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTimeline().title()).isEqualTo("Beta–NATO relations");
        assertThat(model.getTimeline().events()).extracting(e -> e.start().toText()).containsExactly("1902");
        assertThat(model.fileProperty().get()).isEqualTo(export);
    }
}
