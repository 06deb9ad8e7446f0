package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: a period of an article or timeline to PDF, its options, and its errors as one line with an exit code. */
class CommandLineExportTest {
    private static final String SEED = "seeds/belarus-nato-relations.txt";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    // given the seed and 2004–2012, then a PDF of its 26 events is written and one line says so
    @Test
    void exportWritesThePeriod() throws IOException {
        Path pdf = dir.resolve("out.pdf");
        CliRun r = run("export", SEED, "--from", "2004", "--to", "2012", "-o", pdf.toString(), "--paper", "letter", "--no-map");
        assertThat(r.code()).as(r.err()).isEqualTo(CommandLine.OK);
        assertThat(r.err()).contains("26 events (19 January 2004 – July 2012)", "out.pdf").hasLineCount(1);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612);
            assertThat(new PDFTextStripper().getText(doc)).contains("700,000");
        }
    }

    // given a month and a day as bounds, then from is the first day and to the last day of what they name
    @Test
    void boundsMayBeMonthsAndDays() {
        CliRun r = run("export", SEED, "--from", "2006-03", "--to", "2006-12-31", "-o", dir.resolve("o.pdf").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(CommandLine.OK);
        assertThat(r.err()).contains("March 2006 – December 2006");
    }

    // given an empty period or one that ends before it starts, then one line explains it, exit 1, no file
    @Test
    void anEmptyOrBackwardPeriodFails() throws IOException {
        CliRun empty = run("export", SEED, "--from", "1999", "--to", "2003", "-o", dir.resolve("o.pdf").toString());
        assertThat(empty.code()).isEqualTo(CommandLine.FAILED);
        assertThat(empty.err()).contains("no events in 1999–2003").hasLineCount(1);
        CliRun backward = run("export", SEED, "--from", "2012", "--to", "2004", "-o", dir.resolve("o.pdf").toString());
        assertThat(backward.code()).isEqualTo(CommandLine.FAILED);
        assertThat(backward.err()).contains("before it starts").hasLineCount(1);
        assertThat(filesIn(dir)).isZero();
    }

    // given a bad date, paper or a missing option, then it is a usage error (exit 2)
    @Test
    void mistakesInTheCommandAreUsageErrors() {
        String out = dir.resolve("o.pdf").toString();
        assertThat(run("export", SEED, "--from", "2004-13", "--to", "2012", "-o", out).code()).isEqualTo(CommandLine.USAGE);
        assertThat(run("export", SEED, "--from", "2004", "--to", "2012", "-o", out, "--paper", "a3").code())
                .isEqualTo(CommandLine.USAGE);
        assertThat(run("export", SEED, "--from", "2004", "-o", out).err()).contains("--from and --to");
        assertThat(run("export", SEED, "--from", "2004", "--to", "2012").err()).contains("-o OUT.pdf");
    }

    // given an output folder that does not exist, then one line names it, exit 1
    @Test
    void aMissingFolderFails() {
        CliRun r = run("export", SEED, "--from", "2004", "--to", "2012", "-o", dir.resolve("nope/out.pdf").toString());
        assertThat(r.code()).isEqualTo(CommandLine.FAILED);
        assertThat(r.err()).contains("does not exist").hasLineCount(1);
    }
}
