package dev.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.json.TimelineJson;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands: exit codes, what goes to stdout and stderr, and no half-written output. */
class CommandLineTest {
    private static final Path SEED = Path.of("seeds/belarus-nato-relations.txt");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("Exception"), () -> "no exception names: " + text);
        assertFalse(text.contains("at dev."), () -> "no stack frames: " + text);
        assertFalse(text.contains("at java."), () -> "no stack frames: " + text);
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    // ---------------------------------------------------------------- load

    @Test
    void loadOfABinaryFileFailsWithOneLineNamingTheFile() throws Exception {
        Path png = dir.resolve("picture.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'});

        CliRun r = run("load", png.toString());

        assertEquals(CommandLine.FAILED, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("picture.png"), r.err());
        assertTrue(r.err().contains("binary"), r.err());
        assertNoStackTrace(r.err());
        assertEquals("", r.out());
    }

    @Test
    void loadOfAMissingFileFailsWithOneLine() {
        Path missing = dir.resolve("nothing-here.txt");

        CliRun r = run("load", missing.toString());

        assertEquals(CommandLine.FAILED, r.code());
        assertEquals(List.of(missing + ": no such file"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void loadOfTheSeedWritesValidJson() throws Exception {
        Path out = dir.resolve("belarus.timeline.json");

        CliRun r = run("load", SEED.toString(), "-o", out.toString());

        assertEquals(CommandLine.OK, r.code(), r.err());
        assertNoStackTrace(r.err());
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals("Belarus–NATO relations", json.get("title").asText());
        assertEquals("belarus-nato-relations.txt", json.at("/source/file").asText());
        assertEquals(10, json.get("periods").size());
        assertEquals(32, json.at("/locator/memberStates").size());

        Timeline direct = new TimelineLoader().load(SEED);
        assertEquals(direct.events().size(), json.get("events").size());
        assertTrue(json.get("events").size() > 20, "the seed has many events");
        JsonNode first = json.get("events").get(0);
        assertEquals(direct.events().get(0).id(), first.get("id").asText());
        assertEquals(direct.events(), TimelineJson.read(out).events(), "the file reads back to the same events");

        assertTrue(r.err().contains(direct.events().size() + " events"), r.err());
        assertEquals(List.of(out), filesIn(dir), "no temporary file left beside the output");
    }

    @Test
    void loadWithoutOutputWritesJsonToStdout() throws Exception {
        CliRun r = run("load", SEED.toString());

        assertEquals(CommandLine.OK, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("Belarus–NATO relations", json.get("title").asText());
    }

    @Test
    void loadIntoAMissingFolderFailsAndLeavesNothing() throws Exception {
        Path missingFolder = dir.resolve("no-such-folder");
        Path out = missingFolder.resolve("out.json");

        CliRun r = run("load", SEED.toString(), "-o", out.toString());

        assertEquals(CommandLine.FAILED, r.code());
        assertTrue(r.err().contains(out.toString()), r.err());
        assertTrue(r.err().contains("cannot be written"), r.err());
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(missingFolder));
        assertEquals(List.of(), filesIn(dir), "nothing written anywhere");
        assertEquals("", r.out());
    }

    @Test
    void loadOntoAFolderFailsAndLeavesNoPartialFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.json"));
        Files.writeString(folder.resolve("keep.txt"), "keep");

        CliRun r = run("load", SEED.toString(), "-o", folder.toString());

        assertEquals(CommandLine.FAILED, r.code());
        assertTrue(r.err().contains(folder.toString()), r.err());
        assertNoStackTrace(r.err());
        assertEquals(List.of(folder), filesIn(dir), "no .part file left beside it");
        assertEquals("keep", Files.readString(folder.resolve("keep.txt")));
    }

    @Test
    void loadKeepsAnExistingOutputWhenTheInputIsBad() throws Exception {
        Path bad = dir.resolve("empty.txt");
        Files.write(bad, new byte[0]);
        Path out = dir.resolve("out.json");
        Files.writeString(out, "previous");

        CliRun r = run("load", bad.toString(), "-o", out.toString());

        assertEquals(CommandLine.FAILED, r.code());
        assertTrue(r.err().contains("empty"), r.err());
        assertEquals("previous", Files.readString(out));
    }

    @Test
    void problemsGoToStderrWithFileAndLine() throws Exception {
        Path article = dir.resolve("heading.txt");
        Files.writeString(article, "= T =\n\n=== 2004\nBelarus and NATO held talks.\n");
        Path out = dir.resolve("out.json");

        CliRun r = run("load", article.toString(), "-o", out.toString());

        assertEquals(CommandLine.OK, r.code(), r.err());
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("heading.txt:3: markup: ")), r.err());
        assertTrue(Files.exists(out));
    }

    // ---------------------------------------------------------------- info

    @Test
    void infoSummarisesTheSeed() {
        CliRun r = run("info", SEED.toString());

        assertEquals(CommandLine.OK, r.code(), r.err());
        List<String> lines = r.outLines();
        assertTrue(lines.contains("title: Belarus–NATO relations"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.equals("periods: 10") || l.startsWith("periods: 10 (")), r.out());
        assertTrue(lines.contains("see also: 11"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("locator: ") && l.contains("32 member states")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("locator: ") && l.contains("subject Belarus")
                && l.contains("organisation NATO") && l.contains("projection Lambert")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("events: \\d+, .+ to .+")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void infoReadsAWrittenTimelineToo() {
        Path out = dir.resolve("belarus.timeline.json");
        assertEquals(CommandLine.OK, run("load", SEED.toString(), "-o", out.toString()).code());

        CliRun fromJson = run("info", out.toString());
        CliRun fromText = run("info", SEED.toString());

        assertEquals(CommandLine.OK, fromJson.code(), fromJson.err());
        assertTrue(fromText.out().contains("format: an article in Annals' text markup"), fromText.out());
        assertTrue(fromJson.out().contains("format: a timeline (JSON)"), fromJson.out());
        assertEquals(fromText.out().replaceAll("format: .*", ""), fromJson.out().replaceAll("format: .*", ""));
    }

    @Test
    void infoSaysWhichFormatWasRead() {
        CliRun r = run("info", "src/test/resources/articles/belarus-nato-relations.wiki");

        assertEquals(CommandLine.OK, r.code(), r.err());
        assertTrue(r.out().contains("format: wikitext"), r.out());
        assertTrue(r.out().contains("events: 43"), r.out());
    }

    @Test
    void anExportOfSeveralPagesNeedsPage() throws Exception {
        Path export = dir.resolve("export.xml");
        java.nio.file.Files.writeString(export, "<mediawiki><page><title>Alpha</title><revision><text>In 1901 it began."
                + "</text></revision></page><page><title>Beta</title><revision><text>In 1902 it began.</text></revision>"
                + "</page></mediawiki>");

        CliRun without = run("info", export.toString());
        CliRun with = run("info", export.toString(), "--page", "Beta");

        assertEquals(CommandLine.FAILED, without.code());
        assertEquals(List.of(export + ": a MediaWiki export of 2 pages (Alpha, Beta); choose one with --page TITLE"),
                without.errLines());
        assertEquals(CommandLine.OK, with.code(), with.err());
        assertTrue(with.out().contains("title: Beta") && with.out().contains("events: 1, 1902 to 1902"), with.out());
    }

    // ---------------------------------------------------------------- usage

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun r = run("frobnicate", SEED.toString());

        assertEquals(CommandLine.USAGE, r.code());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
        assertTrue(r.err().contains("Usage:"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun r = run("load", SEED.toString(), "--frobnicate");

        assertEquals(CommandLine.USAGE, r.code());
        assertTrue(r.err().contains("unknown option '--frobnicate'"), r.err());
        assertTrue(r.err().contains("Usage:"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingArgumentsAreUsageErrors() {
        assertEquals(CommandLine.USAGE, run("load").code());
        assertEquals(CommandLine.USAGE, run("info", SEED.toString(), SEED.toString()).code());
        assertEquals(CommandLine.USAGE, run("load", SEED.toString(), "-o").code());
        CliRun bad = run("load", SEED.toString(), "--max-size", "lots");
        assertEquals(CommandLine.USAGE, bad.code());
        assertTrue(bad.err().contains("--max-size"), bad.err());
        assertEquals(CommandLine.USAGE, run("load", SEED.toString(), "--max-size", "0").code());
        assertEquals(CommandLine.USAGE, run("load", SEED.toString(), "--max-size", "-1").code());
    }

    @Test
    void helpGoesToStdout() {
        CliRun r = run("--help");
        assertEquals(CommandLine.OK, r.code());
        assertTrue(r.out().contains("Usage:"));
        assertEquals("", r.err());
    }

    @Test
    void aTinyMaxSizeRefusesTheSeed() throws Exception {
        Path out = dir.resolve("out.json");

        CliRun r = run("load", SEED.toString(), "--max-size", "0.001", "-o", out.toString());

        assertEquals(CommandLine.FAILED, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("belarus-nato-relations.txt"), r.err());
        assertTrue(r.err().contains("limit") && r.err().contains("--max-size"), r.err());
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(out));

        CliRun info = run("info", "--max-size", "0.001", SEED.toString());
        assertEquals(CommandLine.FAILED, info.code());
        assertEquals("", info.out());

        assertEquals(CommandLine.OK, run("info", "--max-size", "0.1", SEED.toString()).code(),
                "0.1 MB is more than the 8 kB seed");
    }
}
