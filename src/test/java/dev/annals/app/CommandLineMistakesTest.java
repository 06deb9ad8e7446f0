package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user can type must end in a clear answer, never a stack trace, a started window or a damaged
 * file: mistakes in the command (exit 2), outputs that cannot or must not be written (exit 1).
 */
class CommandLineMistakesTest {
    private static final Path SEED = Path.of("seeds/belarus-nato-relations.txt");

    @TempDir
    Path dir;

    /** The real launcher in a new JVM with no display, as a user's terminal on a server. */
    private static Launched launch(File stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        if (stdout != null) {
            pb.redirectOutput(stdout);
        }
        Process p = pb.start();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ends").isTrue();
        return new Launched(p.exitValue(), new String(err, StandardCharsets.UTF_8));
    }

    private record Launched(int code, String err) {
    }

    @Test
    void withNoDisplayAStrayWordOrAMisplacedOptionIsAUsageErrorNotAJavaFxTrace() throws Exception {
        Launched word = launch(null, "frobnicate");
        Launched option = launch(null, "-o", "x.json", "load", SEED.toString());

        assertThat(word.code()).isEqualTo(CommandLine.USAGE);
        assertThat(word.err()).startsWith("annals: 'frobnicate' is neither a command").doesNotContain("javafx", "Exception");
        assertThat(option.code()).isEqualTo(CommandLine.USAGE);
        assertThat(option.err()).startsWith("annals: '-o' is not an option here: options come after the command")
                .doesNotContain("javafx", "Exception");
    }

    @Test
    void versionAndHelpWorkWithoutADisplay() throws Exception {
        File out = dir.resolve("out.txt").toFile();
        assertThat(launch(out, "--version").code()).isZero();
        assertThat(Files.readString(out.toPath())).startsWith("Annals ");
        assertThat(launch(out, "--help").code()).isZero();
        assertThat(Files.readString(out.toPath())).contains("Usage:");
    }

    @Test
    void aFullDiskOnStdoutFailsTheLoad() throws Exception {
        Launched full = launch(new File("/dev/full"), "load", SEED.toString());

        assertThat(full.code()).isEqualTo(CommandLine.FAILED);
        assertThat(full.err()).contains("stdout: cannot be written");
    }

    @Test
    void onlyExistingFilesAndTheSmokeOptionOpenTheWindow() {
        assertThat(CommandLine.opensWindow()).isTrue();
        assertThat(CommandLine.opensWindow(SEED.toString())).isTrue();
        assertThat(CommandLine.opensWindow("--smoke", SEED.toString())).isTrue();
        assertThat(CommandLine.opensWindow("--version")).isFalse();
        assertThat(CommandLine.opensWindow("missing.txt")).isFalse();
        assertThat(CommandLine.opensWindow("seeds")).isFalse();
        assertThat(CommandLine.opensWindow("")).isFalse();
    }

    @Test
    void doubleDashEndsTheOptionsSoAFileMayStartWithADash() throws Exception {
        Path odd = dir.resolve("-odd.txt");
        Files.copy(SEED, odd);

        CliRun r = CliRun.of("info", "--", odd.toString());

        assertThat(r.code()).isEqualTo(CommandLine.OK);
        assertThat(r.out()).contains("title: Belarus–NATO relations");
    }

    @Test
    void anEmptyFileNameIsAUsageErrorNotAFolder() {
        CliRun r = CliRun.of("info", "");

        assertThat(r.code()).isEqualTo(CommandLine.USAGE);
        assertThat(r.err()).startsWith("annals: a file name is empty").doesNotContain("folder");
    }

    @Test
    void aMaxSizeThatIsNotASensibleNumberIsAUsageError() {
        for (String size : List.of("1e99", "NaN", "Infinity", "-1", "0", "2001", "abc")) {
            CliRun r = CliRun.of("load", SEED.toString(), "--max-size", size);

            assertThat(r.code()).as(size).isEqualTo(CommandLine.USAGE);
            assertThat(r.err()).as(size).startsWith("annals: --max-size needs a number of megabytes above 0 and up to 2000");
        }
    }

    @Test
    void oneByteOverTheLimitNamesBothNumbersInTheSameUnit() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.write(article, ("= T =\n" + "x".repeat(1_000_001 - 6)).getBytes(StandardCharsets.UTF_8));

        CliRun r = CliRun.of("info", article.toString(), "--max-size", "1");

        assertThat(r.code()).isEqualTo(CommandLine.FAILED);
        assertThat(r.err()).contains("1,000,001 bytes is over the 1,000,000-byte limit");
    }

    @Test
    void anUnencodableFileNameIsAUsageError() {
        CliRun r = CliRun.of("info", "a\u0000b.txt");

        assertThat(r.code()).isEqualTo(CommandLine.USAGE);
        assertThat(r.err()).contains("is not a file name this system can use").doesNotContain("internal error");
    }

    @Test
    void theInputIsNeverOverwrittenByItsOutput() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.copy(SEED, article);
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, article);

        CliRun same = CliRun.of("load", article.toString(), "-o", article.toString());
        CliRun throughLink = CliRun.of("load", article.toString(), "-o", link.toString());

        assertThat(same.code()).isEqualTo(CommandLine.FAILED);
        assertThat(same.err()).contains(article + ": is the input file");
        assertThat(throughLink.code()).isEqualTo(CommandLine.FAILED);
        assertThat(Files.mismatch(article, SEED)).isEqualTo(-1L);
    }

    @Test
    void theRootFolderAndAFolderThatTakesNoFilesAreNamedForWhatTheyAre() {
        CliRun root = CliRun.of("load", SEED.toString(), "-o", "/");
        CliRun proc = CliRun.of("load", SEED.toString(), "-o", "/proc/x.json");

        assertThat(root.code()).isEqualTo(CommandLine.FAILED);
        assertThat(root.err()).contains("/: is a folder").doesNotContain("null");
        assertThat(proc.code()).isEqualTo(CommandLine.FAILED);
        assertThat(proc.err()).contains("/proc/x.json: ").doesNotContain("does not exist", ".part");
    }

    @Test
    void aSpecialFileOrALinkToOneIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, fifo);

        CliRun direct = CliRun.of("load", SEED.toString(), "-o", fifo.toString());
        CliRun viaLink = CliRun.of("export", SEED.toString(), "--from", "2004", "--to", "2012", "-o", link.toString());

        assertThat(direct.code()).isEqualTo(CommandLine.FAILED);
        assertThat(direct.err()).contains("is a device or other special file");
        assertThat(viaLink.code()).isEqualTo(CommandLine.FAILED);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aLinkToAFileIsWrittenThroughAndKept() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, real.getFileName());

        CliRun r = CliRun.of("load", SEED.toString(), "-o", link.toString());

        assertThat(r.code()).isEqualTo(CommandLine.OK);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("{");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-------");
    }
}
