package dev.annals.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.annals.bench.SyntheticTimeline;
import dev.annals.json.TimelineJson;
import dev.annals.loader.LoaderOptions;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeline files far larger than an article open, up to what memory can hold. */
class TimelineFilesTest {
    @TempDir
    Path dir;

    @Test
    void aTimelineLargerThanTheArticleLimitOpens() throws Exception {
        Path file = dir.resolve("large.timeline.json");
        TimelineJson.write(SyntheticTimeline.of(5_000, 3), file);
        LoaderOptions small = LoaderOptions.DEFAULTS.withMaxBytes(Files.size(file) / 10);

        assertThat(TimelineFiles.open(file, small).events()).hasSize(5_000);
    }

    @Test
    void aTimelineLargerThanMemoryIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.timeline.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Runtime.getRuntime().maxMemory() + 1); // sparse: takes no disk
        }

        OpenException e = catchThrowableOfType(() -> TimelineFiles.open(file, LoaderOptions.DEFAULTS), OpenException.class);
        assertThat(e.getMessage()).startsWith(file + ": too large to open").contains("MB of JSON").contains("MB of memory");
    }
}
