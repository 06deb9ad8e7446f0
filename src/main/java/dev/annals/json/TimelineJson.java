package dev.annals.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.annals.files.AtomicFile;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Timelines as JSON. Records map to objects field by field, enums to lower-case words; a partial date
 * leaves out the parts it does not know. Reading streams the file (no tree in memory), so a timeline
 * of a million events opens in seconds.
 */
public final class TimelineJson {
    /** How timelines map to JSON; package-private so that tests can set the fast reader beside the general one. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .defaultPrettyPrinter(new OneLinePerItemPrinter())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text // a number where text belongs is a mistake too
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new SimpleModule("annals")
                    .addSerializer(PartialDate.class, new PartialDateSerializer())
                    .addDeserializer(PartialDate.class, new PartialDateDeserializer())
                    .addDeserializer(Event.class, new EventDeserializer()))
            .build();

    /** Below this size a timeline reads in well under a second on one core. */
    private static final long PARALLEL_FROM_BYTES = 8L << 20;

    private TimelineJson() {
    }

    public static void write(Timeline timeline, OutputStream out) throws IOException {
        MAPPER.writeValue(out, timeline);
        out.write('\n');
    }

    /** Writes the timeline to {@code file} through a temporary file, so a failure leaves nothing half-written. */
    public static void write(Timeline timeline, Path file) throws IOException {
        AtomicFile.write(file, out -> write(timeline, out));
    }

    public static String toJson(Timeline timeline) {
        try {
            return MAPPER.writeValueAsString(timeline) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a timeline always serialises", e);
        }
    }

    public static Timeline read(Path file) throws TimelineFormatException, IOException {
        if (Files.size(file) >= PARALLEL_FROM_BYTES) {
            Optional<Timeline> fast = new ParallelEventReader(MAPPER).read(file);
            if (fast.isPresent() && fast.get().schemaVersion() == Timeline.SCHEMA_VERSION) {
                return fast.get();
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static Timeline read(InputStream in, String fileName) throws TimelineFormatException, IOException {
        Timeline timeline;
        try {
            timeline = MAPPER.readerFor(Timeline.class).withAttribute(StringPool.ATTRIBUTE, new StringPool()).readValue(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? fileName : fileName + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new TimelineFormatException(where + ": " + JsonProblem.describe(e), e);
        }
        if (timeline == null) {
            throw new TimelineFormatException(fileName + ": the file holds null, not a timeline", null);
        }
        if (timeline.schemaVersion() != Timeline.SCHEMA_VERSION) {
            throw new TimelineFormatException(fileName + ": schema version " + timeline.schemaVersion()
                    + " is not supported (this Annals reads version " + Timeline.SCHEMA_VERSION + ")", null);
        }
        return timeline;
    }
}
