package dev.annals.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Problem;
import dev.annals.model.Timeline;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV that could hurt: cells a spreadsheet would run as formulas, quotes and line breaks in cells, a
 * byte-order mark, rows of the wrong length, broken quoting, another encoding and delimiter, and a million
 * rows, good or bad.
 */
class HostileCsvTest {
    private static final String HEADER = "id,start,headline,text\r\n";

    @TempDir
    Path dir;

    private Path file(String name, String content, Charset charset) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, charset);
        return f;
    }

    private static String written(Timeline t, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventsCsv.write(t, out, bom);
        return out.toString(StandardCharsets.UTF_8);
    }

    // given texts that start like formulas, then no written cell starts with = + - @ or a tab, and each
    // comes back exactly as it was
    @Test
    void formulasAreNeutralisedAndComeBackAsText() throws Exception {
        Timeline t = ExchangeFixtures.varied();
        String csv = written(t, false);
        Path f = file("formulas.csv", csv, StandardCharsets.UTF_8);

        // what a spreadsheet sees: the cells as Commons CSV reads them, guards and all
        List<String> rawCells = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.RFC4180)
                .getRecords().stream().flatMap(r -> r.toList().stream()).toList();
        assertThat(rawCells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        assertThat(rawCells).contains("'=HYPERLINK(\"http://evil.example\",\"click\") was typed in a cell",
                "'+1 more, -2 less, @SUM(A1) and a tab\tinside", "''=already guarded looking text");

        Timeline back = CsvTimelines.read(f);
        assertThat(back.events()).extracting(Event::text).containsAll(t.events().stream().map(Event::text).toList());
        assertThat(back.events()).containsExactlyElementsOf(t.events());
    }

    // given every cell a spreadsheet guard could touch, then guard and unguard are inverse
    @Test
    void guardingIsUndoneExactly() {
        for (String s : List.of("", "=1+2", "+", "-5", "@x", "\tx", "\rx", "'", "'=", "''=x", "'x", "a=b", "x'=")) {
            assertThat(SpreadsheetCells.unguard(SpreadsheetCells.guard(s))).isEqualTo(s);
        }
        assertThat(SpreadsheetCells.guard("-5")).isEqualTo("'-5");
        assertThat(SpreadsheetCells.guard("a=b")).isEqualTo("a=b");
    }

    // given a byte-order mark asked for, then the file starts with one, and with or without it the header is read
    @Test
    void aByteOrderMarkIsWrittenOnRequestAndSkippedOnReading() throws Exception {
        Timeline t = ExchangeFixtures.varied();
        String withBom = written(t, true);
        assertThat(withBom).startsWith("\uFEFFid,start,");
        assertThat(written(t, false)).startsWith("id,start,");
        assertThat(CsvTimelines.read(file("bom.csv", withBom, StandardCharsets.UTF_8)).events()).containsExactlyElementsOf(t.events());
    }

    // given quotes, commas and line breaks in cells, then rows end with CRLF and the cells come back whole
    @Test
    void quotesCommasAndLineBreaksStayInTheirCells() throws Exception {
        String csv = HEADER + "a,2004,\"He said \"\"no\"\", twice\",\"one\ntwo\r\nthree\"\r\nb,2005,plain,text\r\n";
        Timeline t = CsvTimelines.read(file("quotes.csv", csv, StandardCharsets.UTF_8));

        assertThat(t.events()).extracting(Event::headline).containsExactly("He said \"no\", twice", "plain");
        assertThat(t.events().get(0).text()).isEqualTo("one\ntwo\r\nthree");
        assertThat(t.events().get(1).source().line()).isEqualTo(5);
        assertThat(written(t, false)).contains("\"He said \"\"no\"\", twice\"", "\"one\ntwo\r\nthree\"").endsWith("\r\n");
    }

    // given rows shorter or longer than the header, then they are read as far as they go and reported
    @Test
    void wrongColumnCountsAreReported() throws Exception {
        String csv = HEADER + "a,2004,short row\r\nb,2005,long row,text,extra,cells\r\nc,2006\r\n";
        Timeline t = CsvTimelines.read(file("counts.csv", csv, StandardCharsets.UTF_8));

        assertThat(t.events()).extracting(Event::headline).containsExactly("short row", "long row");
        assertThat(t.events().get(0).text()).isEqualTo("short row");
        assertThat(t.problems()).extracting(Problem::describe).containsExactly(
                "line 2: line 2 has 3 cells where the first row names 4 columns; read as far as they go",
                "line 3: line 3 has 6 cells where the first row names 4 columns; read as far as they go",
                "line 4: line 4 has 2 cells where the first row names 4 columns; read as far as they go",
                "line 4: row left out: no headline and no text");
    }

    // given a quote that is never closed, then the file is refused with one line naming it and the line
    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() throws Exception {
        Path f = file("broken.csv", HEADER + "a,2004,fine,row\r\nb,2005,\"never closed,x\r\nc,2006,y,z\r\n", StandardCharsets.UTF_8);

        ExchangeException e = catchThrowableOfType(() -> CsvTimelines.read(f), ExchangeException.class);

        assertThat(e.getMessage()).startsWith(f + ":3: ").contains("never closed").doesNotContain("\n");
    }

    // given a CSV saved by a Windows spreadsheet (Windows-1252, semicolons), then it is read and the problem says so
    @Test
    void windowsEncodingAndSemicolonsAreRead() throws Exception {
        Path f = file("excel.csv", "id;start;headline\r\na;2004;Café in Minsk – talks\r\n", Charset.forName("windows-1252"));

        Timeline t = CsvTimelines.read(f);

        assertThat(t.events()).extracting(Event::headline).containsExactly("Café in Minsk – talks");
        assertThat(t.problems()).extracting(Problem::kind).containsExactly("encoding");
    }

    // given a file whose first row names no timeline columns, then it is refused with what Annals reads
    @Test
    void aCsvOfSomethingElseIsRefused() throws Exception {
        Path f = file("prices.csv", "product,price\r\ntea,3\r\n", StandardCharsets.UTF_8);

        ExchangeException e = catchThrowableOfType(() -> CsvTimelines.read(f), ExchangeException.class);

        assertThat(e.getMessage()).startsWith(f + ":1: ").contains("start, headline").contains("Year, …, Headline");
    }

    // given a million rows, then they are read in a generous time, streaming
    @Test
    void aMillionRowsOpen() throws Exception {
        Path f = dir.resolve("million.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write(HEADER);
            for (int i = 0; i < 1_000_000; i++) {
                w.write("e" + i + "," + (1900 + i % 100) + ",Row " + i + ",\"=text, of row " + i + "\"\r\n");
            }
        }

        Timeline t = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> CsvTimelines.read(f));

        assertThat(t.events()).hasSize(1_000_000);
        assertThat(t.events().get(0).start()).isEqualTo(PartialDate.ofYear(1900));
        assertThat(t.events().get(999_999).text()).isEqualTo("=text, of row 999999");
        assertThat(t.problems()).isEmpty();
    }

    // given a million rows that are all wrong, then the problems stay bounded: the first hundred and a count
    @Test
    void aMillionBadRowsGiveBoundedProblems() throws Exception {
        Path f = dir.resolve("bad.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write(HEADER);
            for (int i = 0; i < 1_000_000; i++) {
                w.write("e" + i + ",not a date,Row " + i + "\r\n");
            }
        }

        Timeline t = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> CsvTimelines.read(f));

        assertThat(t.events()).isEmpty();
        assertThat(t.problems()).hasSize(2 * TimelineAssembly.LISTED + 2);
        assertThat(t.problems()).extracting(Problem::message)
                .contains("and 999900 more rows like the 100 above in bad.csv");
    }
}
