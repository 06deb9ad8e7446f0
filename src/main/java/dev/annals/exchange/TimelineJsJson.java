package dev.annals.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.json.OneLinePerItemPrinter;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.SourceFile;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A timeline as TimelineJS3's JSON (timeline.knightlab.com/docs/json-format.html): a title slide, a slide
 * per event with its id as {@code unique_id}, its dates as {@code start_date}/{@code end_date} parts as
 * precise as they are known, each with the date in words as its {@code display_date} ("1990s", "late 2006"
 * — the only place TimelineJS can hold a decade or a qualifier), the date as the article states it as the
 * slide's {@code display_date}, headline and text as HTML, the category as {@code group}; and an era per
 * period. Read back, a slide's date is taken from its parts, refined by those words.
 */
public final class TimelineJsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    /** How much of a .json file is looked at to tell TimelineJS from an Annals timeline. */
    private static final int HEAD_BYTES = 1 << 16;

    private TimelineJsJson() {
    }

    public static void write(Timeline timeline, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(new OneLinePerItemPrinter())) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeObjectFieldStart("title");
            text(g, HtmlText.escape(timeline.title()), null);
            g.writeEndObject();
            g.writeArrayFieldStart("events");
            for (Event e : timeline.events()) {
                g.writeStartObject();
                g.writeStringField("unique_id", e.id());
                date(g, "start_date", e.start());
                if (e.end() != null) {
                    date(g, "end_date", e.end());
                }
                g.writeStringField("display_date", TimelineJsSlides.displayDate(e));
                text(g, HtmlText.escape(e.headline()), HtmlText.withItems(e.text(), e.items()));
                g.writeStringField("group", e.category());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("eras");
            for (Period p : timeline.periods()) {
                g.writeStartObject();
                date(g, "start_date", p.start());
                date(g, "end_date", p.end());
                text(g, HtmlText.escape(p.label()), null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void date(JsonGenerator g, String field, PartialDate d) throws IOException {
        DateParts.Cells parts = DateParts.cells(d);
        g.writeObjectFieldStart(field);
        g.writeNumberField("year", d.year());
        if (!parts.month().isEmpty()) {
            g.writeNumberField("month", d.month());
        }
        if (!parts.day().isEmpty()) {
            g.writeNumberField("day", d.day());
        }
        g.writeStringField("display_date", d.toText());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String headline, String text) throws IOException {
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", headline);
        if (text != null) {
            g.writeStringField("text", text);
        }
        g.writeEndObject();
    }

    /**
     * True for a file named {@code .timelinejs.json}, or a {@code .json} file that begins like TimelineJS
     * (slides with a {@code start_date}) rather than like an Annals timeline (a {@code schemaVersion}).
     */
    public static boolean recognises(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".timelinejs.json")) {
            return true;
        }
        if (!name.endsWith(".json") || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            return head.contains("\"start_date\"") && !head.contains("\"schemaVersion\"");
        } catch (IOException e) {
            return false; // the reader that is chosen instead says what is wrong with the file
        }
    }

    public static Timeline read(Path file) throws ExchangeException, IOException {
        String name = file.getFileName().toString();
        TimelineAssembly into = new TimelineAssembly(name);
        String title = null;
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            p.setCodec(MAPPER);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ExchangeException(file + ":1: not a TimelineJS timeline: the file does not hold a JSON object");
            }
            boolean hasEvents = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "title" -> title = HtmlText.read(p.<JsonNode>readValueAsTree().path("text").path("headline").asText("")).text();
                    case "events" -> {
                        hasEvents = true;
                        slides(p, value, into, false);
                    }
                    case "eras" -> slides(p, value, into, true);
                    default -> p.skipChildren();
                }
            }
            if (!hasEvents) {
                throw new ExchangeException(file + ": not a TimelineJS timeline: it has no \"events\"");
            }
        } catch (JsonProcessingException e) {
            throw new ExchangeException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
        return into.build(title == null || title.isBlank() ? name.replaceFirst("(?i)(\\.timelinejs)?\\.json$", "") : title,
                new SourceFile(name, CsvTimelines.sha256(file)), "slide");
    }

    private static void slides(JsonParser p, JsonToken start, TimelineAssembly into, boolean eras) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            into.problem(p.currentLocation().getLineNr(), "skipped", "\"" + (eras ? "eras" : "events") + "\" is not a list; left out");
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = p.currentLocation().getLineNr();
            JsonNode slide = p.readValueAsTree();
            try {
                if (eras) {
                    into.add(TimelineJsSlides.era(line, date(slide, "start_date", null), date(slide, "end_date", null),
                            slide.path("text").path("headline").asText("")));
                } else {
                    into.add(event(slide, line, into));
                }
            } catch (IllegalArgumentException e) {
                into.problem(line, "skipped", (eras ? "era" : "slide") + " left out: " + e.getMessage());
            }
        }
    }

    private static Event event(JsonNode slide, int line, TimelineAssembly into) {
        String display = slide.path("display_date").asText("");
        PartialDate start = date(slide, "start_date", display);
        PartialDate end = slide.path("end_date").isObject() && !slide.path("end_date").path("year").asText("").isBlank()
                ? date(slide, "end_date", display) : null;
        for (String dateField : new String[] {"start_date", "end_date"}) {
            JsonNode d = slide.path(dateField);
            if (d.hasNonNull("hour") || d.hasNonNull("minute") || d.hasNonNull("second") || d.hasNonNull("millisecond")) {
                into.notKept("a time of day (the date is kept to the day)");
                break;
            }
        }
        if (slide.hasNonNull("media")) {
            into.notKept("media (an image, video or link and its credit and caption)");
        }
        if (slide.hasNonNull("background")) {
            into.notKept("a background colour or image");
        }
        JsonNode text = slide.path("text");
        return TimelineJsSlides.event(into, line, slide.path("unique_id").asText(null), start, end, display,
                text.path("headline").asText(""), text.path("text").asText(""), slide.path("group").asText(""));
    }

    /** The date object {@code field}, refined by its own display date, or else the slide's. */
    private static PartialDate date(JsonNode slide, String field, String slideDisplay) {
        JsonNode d = slide.path(field);
        if (!d.isObject()) {
            throw new IllegalArgumentException("no " + field);
        }
        String shown = d.path("display_date").asText("");
        try {
            return DateParts.read(d.path("year").asText(""), d.path("month").asText(""), d.path("day").asText(""),
                    shown.isBlank() ? slideDisplay : shown);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
