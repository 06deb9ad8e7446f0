package dev.annals.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.annals.loader.TimelineLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published schema ({@code /data/timeline.schema.json}) accepts every timeline Annals writes and
 * refuses documents that break it, so it really constrains the format.
 */
class TimelineSchemaTest {
    private static final String SCHEMA = "/data/timeline.schema.json";
    private static final String EMBEDDED = "/data/belarus-nato-relations.timeline.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema;
    private static JsonNode seed;

    @BeforeAll
    static void loadSchemaAndSeed() throws Exception {
        try (InputStream in = TimelineSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, SCHEMA + " is not on the classpath");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        seed = JSON.readTree(TimelineJson.toJson(new TimelineLoader().load(TimelineJsonTest.SEED)));
    }

    // ---- the schema itself ------------------------------------------------------------------------

    @Test
    void givenTheSchemaFile_whenCheckedAgainstTheDraft202012MetaSchema_thenItIsValid() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // The validator bundles the meta-schema; nothing is fetched.
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schemaNode;
        try (InputStream in = TimelineSchemaTest.class.getResourceAsStream(SCHEMA)) {
            schemaNode = JSON.readTree(in);
        }

        assertValid(meta.validate(schemaNode), SCHEMA);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode.get("$schema").asText());
    }

    // ---- what Annals writes is valid --------------------------------------------------------------

    @Test
    void givenTheEmbeddedTimeline_whenValidated_thenThereAreNoErrors() throws IOException {
        JsonNode embedded;
        try (InputStream in = TimelineSchemaTest.class.getResourceAsStream(EMBEDDED)) {
            assertNotNull(in, EMBEDDED + " is not on the classpath");
            embedded = JSON.readTree(in);
        }

        assertValid(schema.validate(embedded), EMBEDDED);
    }

    @Test
    void givenAFreshlyLoadedSeed_whenValidated_thenThereAreNoErrors() {
        assertValid(schema.validate(seed), "seed");
    }

    @Test
    void givenDatesOfEveryPrecisionRangesAndNulls_whenValidated_thenThereAreNoErrors() throws IOException {
        JsonNode every = JSON.readTree(TimelineJson.toJson(TimelineJsonTest.everyPrecision()));

        assertValid(schema.validate(every), "every-precision timeline");
    }

    // ---- what breaks the format is refused ---------------------------------------------------------

    @Test
    void givenABadPrecisionValue_whenValidated_thenItFailsAtThatDate() {
        JsonNode doc = changed(d -> firstEventStart(d).put("precision", "weekly"));

        assertInvalidAt(schema.validate(doc), "/events/0/start/precision");
    }

    @Test
    void givenMonth13_whenValidated_thenItFailsAtThatMonth() {
        JsonNode doc = changed(d -> firstEventStart(d).put("month", 13).put("precision", "month"));

        assertInvalidAt(schema.validate(doc), "/events/0/start/month");
    }

    @Test
    void givenNoTitle_whenValidated_thenItFails() {
        JsonNode doc = changed(d -> d.remove("title"));

        assertInvalidAt(schema.validate(doc), "title");
    }

    @Test
    void givenABadQualifierOrDateBasis_whenValidated_thenTheyFail() {
        assertInvalidAt(schema.validate(changed(d -> firstEventStart(d).put("qualifier", "fall"))),
                "/events/0/start/qualifier");
        assertInvalidAt(schema.validate(changed(d -> firstEvent(d).put("dateBasis", "guessed"))),
                "/events/0/dateBasis");
    }

    @Test
    void givenADayPrecisionDateWithoutADay_whenValidated_thenItFails() {
        JsonNode doc = changed(d -> firstEventStart(d).put("precision", "day").put("month", 5));

        assertInvalidAt(schema.validate(doc), "/events/0/start");
    }

    @Test
    void givenAYearPrecisionDateWithAMonth_whenValidated_thenItFails() {
        JsonNode doc = changed(d -> firstEventStart(d).put("precision", "year").put("month", 5));

        assertInvalidAt(schema.validate(doc), "/events/0/start");
    }

    @Test
    void givenAFieldAnnalsDoesNotWrite_whenValidated_thenItFails() {
        JsonNode doc = changed(d -> firstEvent(d).put("colour", "red"));

        assertInvalidAt(schema.validate(doc), "/events/0");
    }

    @Test
    void givenSchemaVersion2_whenValidated_thenItFails() {
        JsonNode doc = changed(d -> d.put("schemaVersion", 2));

        assertInvalidAt(schema.validate(doc), "/schemaVersion");
    }

    @Test
    void givenANullStartOrANonStringInfoboxValue_whenValidated_thenTheyFail() {
        assertInvalidAt(schema.validate(changed(d -> firstEvent(d).putNull("start"))), "/events/0/start");
        assertInvalidAt(schema.validate(changed(d -> ((ObjectNode) d.get("infobox")).put("Map", 3))), "/infobox/Map");
    }

    @Test
    void givenAProblemWithANegativeLine_whenValidated_thenItFails() {
        JsonNode doc = changed(d -> d.putArray("problems").addObject()
                .put("line", -1).put("kind", "markup").put("message", "A heading with no text."));

        assertInvalidAt(schema.validate(doc), "/problems/0/line");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** A copy of the seed document with one change. */
    private static JsonNode changed(Consumer<ObjectNode> change) {
        ObjectNode copy = seed.deepCopy();
        change.accept(copy);
        return copy;
    }

    private static ObjectNode firstEvent(ObjectNode doc) {
        return (ObjectNode) doc.get("events").get(0);
    }

    private static ObjectNode firstEventStart(ObjectNode doc) {
        return (ObjectNode) firstEvent(doc).get("start");
    }

    private static void assertValid(Set<ValidationMessage> errors, String what) {
        assertTrue(errors.isEmpty(), () -> what + " breaks the schema:\n" + describe(errors));
    }

    /** At least one error, and one of them is about {@code where} (a JSON pointer or a missing property name). */
    private static void assertInvalidAt(Set<ValidationMessage> errors, String where) {
        assertFalse(errors.isEmpty(), () -> "the schema accepted a document that is wrong at " + where);
        assertTrue(errors.stream().anyMatch(m -> pointer(m).startsWith(where) || where.equals(m.getProperty())),
                () -> "no error at " + where + ", only:\n" + describe(errors));
    }

    private static String pointer(ValidationMessage m) {
        return m.getInstanceLocation().toString().replaceFirst("^\\$", "").replace('.', '/')
                .replaceAll("\\[(\\d+)]", "/$1");
    }

    private static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(m -> "  " + m.getMessage()).collect(Collectors.joining("\n"));
    }
}
