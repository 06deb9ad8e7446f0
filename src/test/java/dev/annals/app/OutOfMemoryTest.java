package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.bench.SyntheticTimeline;
import dev.annals.json.TimelineJson;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeline too large for the memory Java may use ends with one line saying so, whichever thread runs
 * out: a reading thread's OutOfMemoryError used to leave the main thread waiting for ever.
 */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aTimelineOfHugeEventsInASmallHeapSaysNotEnoughMemoryAndEnds() throws Exception {
        Timeline small = SyntheticTimeline.of(8, 3);
        // One letter beyond Latin-1 makes Java keep the whole text in two bytes a letter: 8 texts of 12 MB of
        // UTF-8 then need 192 MB, more than the child's 128 MB, though the file (96 MB) is not refused at once.
        String huge = "ж" + "x".repeat(12_000_000);
        List<Event> events = new ArrayList<>();
        for (Event e : small.events()) {
            events.add(new Event(e.id(), e.start(), e.end(), e.dateBasis(), e.dateText(), e.headline(), huge, e.items(),
                    e.section(), e.source(), e.entities(), e.category(), e.categoryCues(), e.otherDates()));
        }
        Path file = dir.resolve("huge.timeline.json");
        TimelineJson.write(new Timeline(small.schemaVersion(), small.title(), small.source(), small.infobox(),
                small.locator(), small.seeAlso(), small.periods(), events, small.problems()), file);

        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "info", file.toString()).start();
        byte[] err = p.getErrorStream().readAllBytes();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }

        assertThat(ended).as("ends").isTrue();
        assertThat(p.exitValue()).isEqualTo(CommandLine.FAILED);
        assertThat(new String(err, StandardCharsets.UTF_8)).contains("huge.timeline.json: not enough memory to open it")
                .doesNotContain("Exception", "internal error");
    }
}
