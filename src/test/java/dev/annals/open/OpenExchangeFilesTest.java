package dev.annals.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.annals.json.TimelineJson;
import dev.annals.loader.LoaderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which reader a file gets: TimelineJS by name or content, CSV by name, Annals timelines stay Annals timelines. */
class OpenExchangeFilesTest {
    private static final Path EMBEDDED = Path.of("src/main/resources/data/belarus-nato-relations.timeline.json");

    @TempDir
    Path dir;

    // given an Annals timeline under any .json name, then it is read as an Annals timeline, locator and all
    @Test
    void anAnnalsTimelineIsNotTakenForTimelineJs() throws Exception {
        Path file = dir.resolve("belarus.json");
        Files.copy(EMBEDDED, file);

        assertThat(TimelineFiles.open(file, LoaderOptions.DEFAULTS)).isEqualTo(TimelineJson.read(EMBEDDED));
    }

    // given a file named .timelinejs.json that is not JSON, then opening fails with one line naming file and place
    @Test
    void aBrokenTimelineJsFileIsExplained() throws Exception {
        Path file = dir.resolve("broken.timelinejs.json");
        Files.writeString(file, "{\"events\": [ {\"start_date\": {\"year\": 2004}, } ]");

        OpenException e = catchThrowableOfType(() -> TimelineFiles.open(file, LoaderOptions.DEFAULTS), OpenException.class);

        assertThat(e.getMessage()).startsWith(file + ":1:").contains("not valid JSON").doesNotContain("\n");
    }

    // given a CSV and a TimelineJS file, then neither is taken for an article when the source is looked for
    @Test
    void spreadsheetsAndTimelinesAreNotArticles() {
        assertThat(TimelineFiles.isArticle(Path.of("a.csv"))).isFalse();
        assertThat(TimelineFiles.isArticle(Path.of("a.timelinejs.json"))).isFalse();
        assertThat(TimelineFiles.isArticle(Path.of("a.txt"))).isTrue();
    }
}
