package dev.annals.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.open.TimelineFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opens that overlap: the latest request wins, and "running" follows the open still reading. No toolkit. */
class TimelineOpenerTest {
    private static final Path FINLAND = Path.of("src/test/resources/articles/finland-eu-relations.txt");
    private static final Path NORWAY = Path.of("src/test/resources/articles/norway-iceland-fisheries.txt");

    private final StepExecutor background = new StepExecutor();
    private final ExplorerModel model = new ExplorerModel();
    private final TimelineOpener opener = new TimelineOpener(model, new TaskExecutor(Runnable::run, background));
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void openTheSeed() {
        opener.openEmbedded();
    }

    private void open(Path file) {
        opener.open(file, () -> heard.add("opened " + file.getFileName()),
                error -> heard.add("failed " + file.getFileName()));
    }

    @Test
    void aFileOpensInTheBackgroundInPlaceOfTheTimeline() {
        open(FINLAND);
        assertThat(opener.runningProperty().get()).isTrue();
        assertThat(model.getTimeline().title()).isEqualTo("Belarus–NATO relations");

        background.run(0);

        assertThat(model.getTimeline().title()).isEqualTo("Finland–European Union relations");
        assertThat(model.fileProperty().get()).isEqualTo(FINLAND);
        assertThat(opener.runningProperty().get()).isFalse();
        assertThat(heard).containsExactly("opened finland-eu-relations.txt");
    }

    @Test
    void aSlowEarlierOpenNeverReplacesTheTimelineChosenLater() {
        open(FINLAND);
        open(NORWAY);

        background.run(1); // Norway ends first
        assertThat(model.fileProperty().get()).isEqualTo(NORWAY);
        assertThat(opener.runningProperty().get()).isFalse();

        background.run(0); // Finland ends late, and is dropped
        assertThat(model.fileProperty().get()).isEqualTo(NORWAY);
        assertThat(heard).containsExactly("opened norway-iceland-fisheries.txt");
    }

    @Test
    void theIndicatorFollowsTheOpenStillRunning() {
        open(FINLAND);
        open(NORWAY);

        background.run(0); // the first ends: the second still reads
        assertThat(opener.runningProperty().get()).isTrue();
        assertThat(model.getTimeline().title()).isEqualTo("Belarus–NATO relations");

        background.run(0);
        assertThat(opener.runningProperty().get()).isFalse();
        assertThat(model.fileProperty().get()).isEqualTo(NORWAY);
    }

    @Test
    void aFailedOpenIsReportedAndKeepsTheTimeline(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.txt");
        open(missing);
        background.run(0);
        assertThat(heard).containsExactly("failed missing.txt");
        assertThat(model.getTimeline().title()).isEqualTo("Belarus–NATO relations");
        assertThat(opener.runningProperty().get()).isFalse();
    }

    @Test
    void theExampleChosenWhileAFileIsReadingStays() {
        open(FINLAND);
        opener.openEmbedded();
        assertThat(opener.runningProperty().get()).isFalse();
        background.run(0);
        assertThat(model.fileProperty().get()).isNull();
        assertThat(model.getTimeline()).isEqualTo(TimelineFiles.embedded());
        assertThat(heard).isEmpty();
    }
}
