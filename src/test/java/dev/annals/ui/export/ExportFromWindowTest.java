package dev.annals.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.OpenedTimeline;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.window.MainWindow;
import dev.annals.ui.window.MemoryPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+E exports the marked period (or a typed one) to the file the user picks. */
@ExtendWith(ApplicationExtension.class)
class ExportFromWindowTest {
    private ExplorerModel model;
    private MainWindow window;
    private String proposedName;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new ExplorerModel();
        window = MainWindow.load(model, MemoryPreferences.settings(), TaskExecutor.direct());
        stage.setScene(window.scene(1280, 800));
        stage.show();
        model.open(OpenedTimeline.of(TimelineFiles.embedded()), null);
    }

    private void saveTo(Path file) {
        window.controller().exporter().setSaveDialog((owner, chooser) -> {
            proposedName = chooser.getInitialFileName();
            return file.toFile();
        });
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void ctrlEExportsTheMarkedPeriod(FxRobot robot) throws Exception {
        List<Event> events = model.getTimeline().events();
        Event accession = events.stream().filter(e -> "19 January 2004".equals(e.dateText())).findFirst().orElseThrow();
        robot.interact(() -> model.select(accession));
        robot.interact(() -> robot.lookup("#timeline").query().requestFocus());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 3).release(KeyCode.SHIFT);
        Path pdf = dir.resolve("marked.pdf");
        saveTo(pdf);

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#export-from").queryAs(TextField.class).getText()).isEqualTo("2004-01-19");
        assertThat(robot.lookup("#export-to").queryAs(TextField.class).getText()).isEqualTo("2006");
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(proposedName).isEqualTo("belarus-nato-relations-2004-01-19-2006.pdf");
        assertThat(pdf).exists();
        String text = text(pdf);
        assertThat(text).contains("4 of 43 events").contains("Belarus formally announced its accession")
                .doesNotContain("Minsk has attempted");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("Exported 4 events on");

        Path article = Path.of("src/test/resources/articles/finland-eu-relations.txt");
        robot.interact(() -> window.controller().openFile(article));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .as("a message about the last timeline goes when another opens").isEmpty();
    }

    @Test
    void aDateThatIsNotOneDisablesExport(FxRobot robot) {
        saveTo(dir.resolve("never.pdf"));
        robot.clickOn("#export-period");
        TextField from = robot.lookup("#export-from").queryAs(TextField.class);
        robot.interact(() -> from.setText("20O4"));
        assertThat(robot.lookup("#export-ok").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).getText()).contains("'20O4' is not a date");
        robot.interact(() -> from.setText("2009"));
        robot.interact(() -> robot.lookup("#export-to").queryAs(TextField.class).setText("2004"));
        assertThat(robot.lookup("#export-ok").query().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#export-to").queryAs(TextField.class).setText("2012"));
        assertThat(robot.lookup("#export-ok").query().isDisabled()).isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(dir.resolve("never.pdf")).doesNotExist();
    }

    @Test
    void anExportIntoAMissingFolderExplainsAndWritesNothing(FxRobot robot) {
        Path pdf = dir.resolve("no-such-folder").resolve("out.pdf");
        saveTo(pdf);
        robot.clickOn("#export-period");
        robot.clickOn("#export-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-error").tryQuery()).isPresent();
        assertThat(pdf).doesNotExist();
        assertThat(Files.exists(dir.resolve("no-such-folder"))).isFalse();
    }
}
