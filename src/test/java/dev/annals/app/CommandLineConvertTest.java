package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.json.TimelineJson;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert}: a timeline or a period of it to each exchange format and back, and its errors with exit codes. */
class CommandLineConvertTest {
    private static final String SEED = "seeds/belarus-nato-relations.txt";
    private static final String EMBEDDED = "src/main/resources/data/belarus-nato-relations.timeline.json";

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    // given the seed article and an output named .timelinejs.json, then TimelineJS JSON of its 43 events is
    // written and one line says so
    @Test
    void anArticleConvertsToTimelineJsByTheOutputName() throws IOException {
        Path out = dir.resolve("belarus.timelinejs.json");
        CliRun r = CliRun.of("convert", SEED, "-o", out.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(CommandLine.OK);
        assertThat(r.errLines()).last().asString().contains("43 events, 10 periods written to", "as TimelineJS JSON");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.path("title").path("text").path("headline").asText()).isEqualTo("Belarus–NATO relations");
        assertThat(json.path("events")).hasSize(43);
        assertThat(json.path("eras")).hasSize(10);
        JsonNode first = json.path("events").get(0);
        assertThat(first.path("start_date").path("year").asInt()).isEqualTo(1995);
        assertThat(first.path("start_date").has("month")).isFalse();
    }

    // given a period, then only its events are written, as a CSV with a byte-order mark when asked
    @Test
    void aPeriodConvertsToCsvWithAByteOrderMark() throws IOException {
        Path out = dir.resolve("period.csv");
        CliRun r = CliRun.of("convert", EMBEDDED, "--from", "2004", "--to", "2012", "-o", out.toString(), "--bom");

        assertThat(r.code()).as(r.err()).isEqualTo(CommandLine.OK);
        assertThat(r.err()).contains("26 events", "as a CSV of the events");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,start,start_precision");
        assertThat(csv.split("\r\n(?=\\d{4}-)")).hasSize(27);
    }

    // given each format written by convert, when it is converted back to a timeline, then the events' dates are the same
    @Test
    void everyFormatConvertsBackToATimeline() throws Exception {
        Timeline original = TimelineJson.read(Path.of(EMBEDDED));
        for (String name : new String[] {"a.timelinejs.json", "a.timelinejs.csv", "a.csv"}) {
            Path exported = dir.resolve(name);
            Path back = dir.resolve(name + ".timeline.json");
            assertThat(CliRun.of("convert", EMBEDDED, "-o", exported.toString()).code()).isEqualTo(CommandLine.OK);
            CliRun r = CliRun.of("convert", exported.toString(), "-o", back.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(CommandLine.OK);
            assertThat(TimelineJson.read(back).events()).extracting(Event::start)
                    .as(name).containsExactlyElementsOf(original.events().stream().map(Event::start).toList());
        }
    }

    // given --format, then it wins over the output's name
    @Test
    void formatOverridesTheName() throws IOException {
        Path out = dir.resolve("sheet.txt");
        CliRun r = CliRun.of("convert", EMBEDDED, "-o", out.toString(), "--format", "timelinejs-csv");

        assertThat(r.code()).as(r.err()).isEqualTo(CommandLine.OK);
        assertThat(Files.readString(out)).startsWith("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,"
                + "Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n");
    }

    // given mistakes in the command, then each is a usage error (exit 2) that says what to do, and nothing is written
    @Test
    void mistakesInTheCommandAreUsageErrors() throws IOException {
        String out = dir.resolve("o.csv").toString();
        CliRun noOutput = CliRun.of("convert", EMBEDDED);
        assertThat(noOutput.code()).isEqualTo(CommandLine.USAGE);
        assertThat(noOutput.errLines().get(0)).contains("convert needs -o OUT", ".timelinejs.json");
        CliRun unknownName = CliRun.of("convert", EMBEDDED, "-o", dir.resolve("o.xlsx").toString());
        assertThat(unknownName.code()).isEqualTo(CommandLine.USAGE);
        assertThat(unknownName.errLines().get(0)).contains("cannot tell the format from 'o.xlsx'", "--format");
        CliRun unknownFormat = CliRun.of("convert", EMBEDDED, "-o", out, "--format", "xlsx");
        assertThat(unknownFormat.code()).isEqualTo(CommandLine.USAGE);
        assertThat(unknownFormat.errLines().get(0)).contains("timeline, timelinejs, timelinejs-csv or csv");
        assertThat(CliRun.of("convert", EMBEDDED, "-o", dir.resolve("o.timelinejs.json").toString(), "--bom").errLines().get(0))
                .contains("--bom is for CSV output only");
        assertThat(CliRun.of("convert", EMBEDDED, "-o", out, "--from", "2004-13").code()).isEqualTo(CommandLine.USAGE);
        assertThat(CliRun.of("convert", "-o", out).code()).isEqualTo(CommandLine.USAGE);
        assertThat(filesIn(dir)).isZero();
    }

    // given an input that is missing or broken, an empty period or a folder that does not exist, then one line
    // on stderr names the file, exit 1, and no file is left behind
    @Test
    void failuresAreOneLineAndLeaveNoFile() throws IOException {
        String out = dir.resolve("o.csv").toString();
        CliRun missing = CliRun.of("convert", dir.resolve("nope.csv").toString(), "-o", out);
        assertThat(missing.code()).isEqualTo(CommandLine.FAILED);
        assertThat(missing.errLines()).singleElement().asString().contains("nope.csv", "no such file");

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "id,start,headline\r\na,2004,\"never closed\r\n");
        CliRun bad = CliRun.of("convert", broken.toString(), "-o", out);
        assertThat(bad.code()).isEqualTo(CommandLine.FAILED);
        assertThat(bad.errLines()).singleElement().asString().startsWith(broken + ":2: ");
        Files.delete(broken);

        CliRun empty = CliRun.of("convert", EMBEDDED, "--from", "1999", "--to", "2003", "-o", out);
        assertThat(empty.code()).isEqualTo(CommandLine.FAILED);
        assertThat(empty.errLines()).last().asString().contains("no events in 1999–2003");

        CliRun noFolder = CliRun.of("convert", EMBEDDED, "-o", dir.resolve("no/such/folder/o.csv").toString());
        assertThat(noFolder.code()).isEqualTo(CommandLine.FAILED);
        assertThat(noFolder.errLines()).last().asString().contains("o.csv: the folder ", "no/such/folder does not exist");
        assertThat(filesIn(dir)).isZero();
    }

    // given a TimelineJS file with slides Annals cannot keep, then they are reported on stderr as problems
    @Test
    void whatCannotBeMappedIsReported() throws IOException {
        Path in = dir.resolve("in.timelinejs.json");
        Files.copy(Path.of("src/test/resources/exchange/hand-written.timelinejs.json"), in);
        CliRun r = CliRun.of("convert", in.toString(), "-o", dir.resolve("out.timeline.json").toString());

        assertThat(r.code()).as(r.err()).isEqualTo(CommandLine.OK);
        assertThat(r.err()).contains("in.timelinejs.json:36: skipped: slide left out: start_date: the year -500",
                "not-kept: 1 slide in in.timelinejs.json: media", "6 events, 2 periods written to");
    }
}
