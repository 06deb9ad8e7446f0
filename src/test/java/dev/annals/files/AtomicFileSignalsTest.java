package dev.annals.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed half-way (a real process, killed by a real signal) leaves no part file for long: the JVM
 * removes its own on SIGTERM, and the next save of that name removes what SIGKILL left.
 */
class AtomicFileSignalsTest {
    @TempDir
    Path dir;

    private Process startSlowSave(Path target) throws IOException {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), SlowSave.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).isEqualTo("writing");
        return p;
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void sigtermRemovesThePartFileAndKeepsTheOldFile() throws Exception {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old");
        Process p = startSlowSave(target);
        assertThat(parts()).hasSize(1);

        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(parts()).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void theNextSaveOfTheNameRemovesWhatSigkillLeft() throws Exception {
        Path target = dir.resolve("out.json");
        Process p = startSlowSave(target);
        p.destroyForcibly(); // SIGKILL: no Java code runs
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(parts()).hasSize(1);
        Files.writeString(dir.resolve(".other.json.123.abc.part"), "another name's part stays");

        AtomicFile.write(target, out -> out.write('x'));

        assertThat(parts()).extracting(f -> f.getFileName().toString()).containsExactly(".other.json.123.abc.part");
        assertThat(Files.readString(target)).isEqualTo("x");
    }

    @Test
    void aNewFileGetsNoWiderPermissionsThanTheUmaskAllows() throws Exception {
        Path target = dir.resolve("new.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder("sh", "-c", "umask 077 && exec \"$0\" -cp \"$1\" " + SlowSave.class.getName()
                + " \"$2\" at-once", java, System.getProperty("java.class.path"), target.toString()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }
}
