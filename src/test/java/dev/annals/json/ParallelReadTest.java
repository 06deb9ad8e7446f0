package dev.annals.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.annals.bench.SyntheticTimeline;
import dev.annals.model.Timeline;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large timeline file is read on all cores, with exactly the result of the one-thread streaming read. */
class ParallelReadTest {
    @TempDir
    Path dir;

    @Test
    void aLargeFileReadsTheSameInParallelAsStreamed() throws Exception {
        Timeline written = SyntheticTimeline.of(20_000, 7);
        Path file = dir.resolve("large.timeline.json");
        TimelineJson.write(written, file);
        assertThat(Files.size(file)).as("large enough for the parallel reader").isGreaterThan(8L << 20);

        Timeline parallel = TimelineJson.read(file);
        Timeline streamed;
        try (InputStream in = Files.newInputStream(file)) {
            streamed = TimelineJson.read(in, file.toString());
        }
        assertThat(parallel).isEqualTo(written).isEqualTo(streamed);
    }

    @Test
    void aBrokenLargeFileStillGetsThePreciseError() throws Exception {
        Path file = dir.resolve("broken.timeline.json");
        TimelineJson.write(SyntheticTimeline.of(20_000, 7), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf("\"precision\":\"day\"", text.length() / 2);
        Files.writeString(file, text.substring(0, at) + "\"precision\":\"weekly\"" + text.substring(at + 17));

        TimelineFormatException e = catchThrowableOfType(() -> TimelineJson.read(file), TimelineFormatException.class);
        assertThat(e.getMessage()).startsWith(file + ":").contains("'weekly' is not one of").contains("events[");
    }
}
