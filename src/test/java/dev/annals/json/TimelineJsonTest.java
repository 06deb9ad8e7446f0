package dev.annals.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.DateBasis;
import dev.annals.model.DateMention;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.Locator;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.Precision;
import dev.annals.model.Problem;
import dev.annals.model.Qualifier;
import dev.annals.model.SourceFile;
import dev.annals.model.SourcePosition;
import dev.annals.model.Timeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing and reading timelines as JSON (schema version 1). */
class TimelineJsonTest {
    static final Path SEED = Path.of("seeds/belarus-nato-relations.txt");

    private static Timeline seed;
    private static String seedJson;

    @BeforeAll
    static void loadSeed() throws Exception {
        seed = new TimelineLoader().load(SEED);
        seedJson = TimelineJson.toJson(seed);
    }

    // ---- round trip ---------------------------------------------------------------------------

    @Test
    void givenTheSeedTimeline_whenWrittenAndReadBack_thenItEqualsTheOriginal() throws Exception {
        Timeline back = read(seedJson, "seed.timeline.json");

        assertEquals(seed, back);
    }

    @Test
    void givenDatesOfEveryPrecisionAndQualifier_whenWrittenAndReadBack_thenTheyEqualTheOriginals() throws Exception {
        Timeline original = everyPrecision();

        Timeline back = read(TimelineJson.toJson(original), "every-precision.timeline.json");

        assertEquals(original, back);
    }

    @Test
    void givenATimelineWrittenToAFile_whenReadFromThatFile_thenItEqualsTheOriginal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.timeline.json");

        TimelineJson.write(seed, file);

        assertEquals(seed, TimelineJson.read(file));
    }

    // ---- partial dates keep exactly their parts -------------------------------------------------

    @Test
    void givenLate2006_whenRoundTripped_thenItKeepsQualifierLateAndGainsNoMonth() throws Exception {
        Event late2006 = eventStarting(seed, PartialDate.ofYear(2006).withQualifier(Qualifier.LATE));

        PartialDate back = eventWithId(read(seedJson, "seed.timeline.json"), late2006.id()).start();

        assertEquals(Precision.YEAR, back.precision());
        assertEquals(Qualifier.LATE, back.qualifier());
        assertEquals(2006, back.year());
        assertEquals(0, back.month(), "a year-precision date must not gain a month");
        assertEquals(0, back.day(), "a year-precision date must not gain a day");
    }

    @Test
    void givenLate2006_whenWritten_thenTheJsonHasYearPrecisionAndQualifierOnly() throws Exception {
        Event late2006 = eventStarting(seed, PartialDate.ofYear(2006).withQualifier(Qualifier.LATE));

        JsonNode start = eventNode(late2006.id()).get("start");

        assertEquals(compact("{\"year\":2006,\"precision\":\"year\",\"qualifier\":\"late\"}"), compact(start.toString()));
    }

    @Test
    void given19January2004_whenWritten_thenTheJsonTextHasYearMonthDayAndPrecisionDay() {
        Event event = eventStarting(seed, PartialDate.ofDay(2004, 1, 19));

        String eventText = compact(eventText(event.id()));

        assertTrue(eventText.contains("\"start\":{\"year\":2004,\"month\":1,\"day\":19,\"precision\":\"day\"}"),
                () -> "start of " + event.id() + " written as " + eventText);
    }

    @Test
    void givenAMonthDate_whenWritten_thenTheJsonHasNoDayField() throws Exception {
        Event january2006 = eventStarting(seed, PartialDate.ofMonth(2006, 1));

        JsonNode start = eventNode(january2006.id()).get("start");

        assertEquals(compact("{\"year\":2006,\"month\":1,\"precision\":\"month\"}"), compact(start.toString()));
    }

    @Test
    void givenASingleDateEvent_whenWritten_thenEndIsPresentAsNull() throws Exception {
        Event event = eventStarting(seed, PartialDate.ofDay(2004, 1, 19));
        assertNull(event.end(), "precondition: the event has a single date");

        JsonNode node = eventNode(event.id());

        assertTrue(node.has("end"), "\"end\" must be written even when there is none");
        assertTrue(node.get("end").isNull(), () -> "end written as " + node.get("end"));
        assertTrue(compact(eventText(event.id())).contains("\"end\":null"));
    }

    // ---- bad files --------------------------------------------------------------------------------

    /** Given a file cut off between two tokens (inside an object) or inside a string. */
    @ParameterizedTest(name = "cut {0}")
    @ValueSource(strings = {"between tokens", "inside a string"})
    void givenATruncatedFile_whenRead_thenTheMessageNamesTheFileAndTheLastLineAndNoJavaInternals(String where,
            @TempDir Path dir) throws Exception {
        int cut = where.equals("between tokens")
                ? seedJson.indexOf('\n', seedJson.length() / 2)
                : seedJson.indexOf("\"text\" : \"", seedJson.length() / 2) + 20;
        String truncated = seedJson.substring(0, cut);
        Path file = dir.resolve("broken.timeline.json");
        Files.writeString(file, truncated, StandardCharsets.UTF_8);
        long lastLine = truncated.chars().filter(c -> c == '\n').count() + 1;

        TimelineFormatException e = assertThrows(TimelineFormatException.class, () -> TimelineJson.read(file));

        String message = e.getMessage();
        Matcher at = Pattern.compile("broken\\.timeline\\.json:(\\d+)").matcher(message);
        assertTrue(at.find(), () -> "no file name followed by a line number in: " + message);
        assertEquals(lastLine, Long.parseLong(at.group(1)), () -> "the file ends on line " + lastLine + ": " + message);
        assertNoJavaInternals(message, file.toString());
    }

    @Test
    void givenASyntaxErrorOnLine3_whenRead_thenTheMessageSaysLine3() {
        String json = "{\n  \"schemaVersion\" : 1,\n  \"title\" : \"x\" \"oops\",\n  \"events\" : [ ]\n}\n";

        TimelineFormatException e = assertThrows(TimelineFormatException.class,
                () -> read(json, "typo.timeline.json"));

        assertTrue(e.getMessage().startsWith("typo.timeline.json:3:"), () -> "message: " + e.getMessage());
        assertNoJavaInternals(e.getMessage(), "typo.timeline.json");
    }

    @Test
    void givenSchemaVersion2_whenRead_thenItIsRefusedNamingTheVersion() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(seedJson);
        root.put("schemaVersion", 2);

        TimelineFormatException e = assertThrows(TimelineFormatException.class,
                () -> read(root.toString(), "future.timeline.json"));

        assertTrue(e.getMessage().contains("future.timeline.json"), () -> "message: " + e.getMessage());
        assertTrue(e.getMessage().contains("version 2"), () -> "message: " + e.getMessage());
        assertNoJavaInternals(e.getMessage(), "future.timeline.json");
    }

    // ---- forward compatibility -------------------------------------------------------------------

    @Test
    void givenUnknownFieldsAtEveryLevel_whenRead_thenTheyAreIgnored() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(seedJson);
        root.putObject("futureTopLevel").put("anything", true);
        ObjectNode firstEvent = (ObjectNode) root.get("events").get(0);
        firstEvent.put("futureEventField", "x");
        ((ObjectNode) firstEvent.get("start")).put("calendar", "gregorian");
        ((ObjectNode) firstEvent.get("source")).put("byteOffset", 123);
        ((ObjectNode) root.get("source")).put("encoding", "UTF-8");
        ((ObjectNode) root.get("locator")).put("scale", "1:10000000");

        Timeline back = read(root.toString(), "newer.timeline.json");

        assertEquals(seed, back);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static Timeline read(String json, String name) throws IOException, TimelineFormatException {
        return TimelineJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    /**
     * One line for a person: no stack trace, no exception or other Java class name, no parser internals
     * such as Jackson's "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled) ...]".
     */
    static void assertNoJavaInternals(String fullMessage, String fileName) {
        String message = fullMessage.replace(fileName, "<file>");
        assertFalse(message.contains("\n"), () -> "more than one line (a stack trace?) in: " + message);
        assertFalse(message.contains("Exception"), () -> "exception class name in: " + message);
        assertFalse(Pattern.compile("\\b(com|java|javax|dev|org)\\.[a-z0-9]+\\.").matcher(message).find(),
                () -> "fully qualified Java name in: " + message);
        assertFalse(Pattern.compile("\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\.[A-Za-z_]+").matcher(message).find(),
                () -> "Java Class.member name in: " + message);
        assertFalse(message.contains("[Source:") || message.contains("REDACTED"),
                () -> "Jackson's source location text in: " + message);
    }

    private static Event eventStarting(Timeline timeline, PartialDate start) {
        return timeline.events().stream().filter(e -> e.start().equals(start)).findFirst()
                .orElseThrow(() -> new AssertionError("the seed has no event starting " + start.isoKey()));
    }

    private static Event eventWithId(Timeline timeline, String id) {
        return timeline.events().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id));
    }

    private static JsonNode eventNode(String id) throws IOException {
        for (JsonNode e : new ObjectMapper().readTree(seedJson).get("events")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no event " + id + " in the JSON");
    }

    /** The JSON text of one event, as {@link TimelineJson#toJson} wrote it (from its id to the next event). */
    private static String eventText(String id) {
        int at = seedJson.indexOf("\"" + id + "\"");
        assertTrue(at > 0, () -> "no event " + id + " in the JSON text");
        int next = seedJson.indexOf("\"id\"", at + id.length());
        return seedJson.substring(at, next < 0 ? seedJson.length() : next);
    }

    /** JSON text with the whitespace between tokens removed (the dates hold no spaces inside strings). */
    private static String compact(String json) {
        return json.replaceAll("\\s+", "");
    }

    /** A small timeline whose events use every precision, every kind of qualifier and a range. */
    static Timeline everyPrecision() {
        List<PartialDate> dates = List.of(
                PartialDate.ofCentury(19),
                PartialDate.ofCentury(20).withQualifier(Qualifier.EARLY),
                PartialDate.ofDecade(1990),
                PartialDate.ofDecade(1990).withQualifier(Qualifier.MID),
                PartialDate.ofYear(2006),
                PartialDate.ofYear(2006).withQualifier(Qualifier.WINTER),
                PartialDate.ofMonth(2006, 12),
                PartialDate.ofDay(2008, 2, 29));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            PartialDate d = dates.get(i);
            events.add(new Event("e" + i + "-" + d.isoKey(), d, null, DateBasis.STATED, d.toText(), "Headline " + i,
                    "Sentence " + i + ".", List.of(), List.of("History"), new SourcePosition(i + 1, 1, 11),
                    new Entities(List.of("Belarus"), List.of("NATO"), List.of()), "general", List.of(),
                    List.of()));
        }
        events.add(new Event("range", PartialDate.ofYear(2014), PartialDate.ofMonth(2015, 6), DateBasis.SECTION,
                null, "A range", "A range.", List.of("first item", "second item"), List.of("Cooperation", "2014–2015"),
                new SourcePosition(20, 3, 8), Entities.NONE, "cooperation", List.of("cooperate"),
                List.of(new DateMention("since 2008", PartialDate.ofYear(2008), null),
                        new DateMention("2010-2011", PartialDate.ofYear(2010), PartialDate.ofYear(2011)))));
        return new Timeline(Timeline.SCHEMA_VERSION, "Every precision",
                new SourceFile("every.txt", "0".repeat(64)), Map.of("Map", "Some Locator Lambert.svg"),
                new Locator("Some Locator Lambert.svg", "Belarus", "NATO", null, List.of("Poland")),
                List.of("Other article"),
                List.of(new Period("p-2014-2015", "2014–2015", PartialDate.ofYear(2014), PartialDate.ofYear(2015), 19)),
                events, List.of(new Problem(0, "encoding", "Whole-file problem.")));
    }
}
