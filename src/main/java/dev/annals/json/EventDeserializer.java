package dev.annals.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.annals.model.DateBasis;
import dev.annals.model.DateMention;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads events straight from the token stream, the hot path when a timeline has a million of them.
 * Short strings that repeat across events (section headings, names, categories) are shared, so a large
 * timeline takes far less memory than one copy per event.
 */
final class EventDeserializer extends StdDeserializer<Event> {
    private static final long serialVersionUID = 1L;

    private final PartialDateDeserializer dates = new PartialDateDeserializer();

    EventDeserializer() {
        super(Event.class);
    }

    @Override
    public Event deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        expect(p, JsonToken.START_OBJECT, ctx);
        StringPool pool = StringPool.of(ctx);
        String id = null;
        PartialDate start = null;
        PartialDate end = null;
        DateBasis basis = null;
        String dateText = null;
        String headline = null;
        String text = null;
        List<String> items = List.of();
        List<String> section = List.of();
        SourcePosition source = null;
        Entities entities = Entities.NONE;
        String category = null;
        List<String> cues = List.of();
        List<DateMention> otherDates = List.of();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            try {
                switch (field) {
                    case "id" -> id = text(p, ctx);
                    case "start" -> start = pool.shareValue(dates.deserialize(p, ctx));
                    case "end" -> end = value == JsonToken.VALUE_NULL ? null : pool.shareValue(dates.deserialize(p, ctx));
                    case "dateBasis" -> basis = enumValue(p, ctx, DateBasis.class);
                    case "dateText" -> dateText = value == JsonToken.VALUE_NULL ? null : text(p, ctx);
                    case "headline" -> headline = text(p, ctx);
                    case "text" -> text = text(p, ctx);
                    case "items" -> items = strings(p, ctx, pool);
                    case "section" -> section = pool.shareValue(strings(p, ctx, pool));
                    case "source" -> source = source(p, ctx);
                    case "entities" -> entities = pool.shareValue(entities(p, ctx, pool));
                    case "category" -> category = pool.share(text(p, ctx));
                    case "categoryCues" -> cues = strings(p, ctx, pool);
                    case "otherDates" -> otherDates = mentions(p, ctx);
                    default -> p.skipChildren(); // a field from a newer Annals
                }
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, Event.class, field);
            }
        }
        try {
            return new Event(id, start, end, basis, dateText, headline, text, items, section, source, entities,
                    category, cues, otherDates);
        } catch (NullPointerException | IllegalArgumentException e) {
            String missing = e.getMessage();
            throw JsonMappingException.from(p, missing != null && missing.matches("\\w+")
                    ? "'" + missing + "' is missing" : missing);
        }
    }

    /** An immutable list, so the event keeps it as it is instead of copying it again. */
    private static List<String> strings(JsonParser p, DeserializationContext ctx, StringPool pool) throws IOException {
        expect(p, JsonToken.START_ARRAY, ctx);
        if (p.nextToken() == JsonToken.END_ARRAY) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        do {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonMappingException.from(p, "expected a list of texts, found " + found(p) + " in it");
            }
            out.add(pool.share(p.getText()));
        } while (p.nextToken() != JsonToken.END_ARRAY);
        return List.copyOf(out);
    }

    private static SourcePosition source(JsonParser p, DeserializationContext ctx) throws IOException {
        expect(p, JsonToken.START_OBJECT, ctx);
        int line = 0;
        int column = 0;
        int length = 0;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            try {
                switch (field) {
                    case "line" -> line = wholeNumber(p, ctx);
                    case "column" -> column = wholeNumber(p, ctx);
                    case "length" -> length = wholeNumber(p, ctx);
                    default -> p.skipChildren();
                }
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, SourcePosition.class, field);
            }
        }
        return new SourcePosition(line, column, length);
    }

    private static Entities entities(JsonParser p, DeserializationContext ctx, StringPool pool) throws IOException {
        expect(p, JsonToken.START_OBJECT, ctx);
        List<String> countries = List.of();
        List<String> organisations = List.of();
        List<String> people = List.of();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            switch (field) {
                case "countries" -> countries = strings(p, ctx, pool);
                case "organisations" -> organisations = strings(p, ctx, pool);
                case "people" -> people = strings(p, ctx, pool);
                default -> p.skipChildren();
            }
        }
        return new Entities(countries, organisations, people);
    }

    private List<DateMention> mentions(JsonParser p, DeserializationContext ctx) throws IOException {
        expect(p, JsonToken.START_ARRAY, ctx);
        if (p.nextToken() == JsonToken.END_ARRAY) {
            return List.of();
        }
        List<DateMention> out = new ArrayList<>(2);
        for (; p.currentToken() != JsonToken.END_ARRAY; p.nextToken()) {
            String text = null;
            PartialDate start = null;
            PartialDate end = null;
            expect(p, JsonToken.START_OBJECT, ctx);
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                switch (field) {
                    case "text" -> text = text(p, ctx);
                    case "start" -> start = dates.deserialize(p, ctx);
                    case "end" -> end = value == JsonToken.VALUE_NULL ? null : dates.deserialize(p, ctx);
                    default -> p.skipChildren();
                }
            }
            out.add(new DateMention(text, start, end));
        }
        return List.copyOf(out);
    }

    static <E extends Enum<E>> E enumValue(JsonParser p, DeserializationContext ctx, Class<E> type) throws IOException {
        String word = p.getText();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(word)) {
                return e;
            }
        }
        throw ctx.weirdStringException(word, type, "not one of the allowed values");
    }

    static void expect(JsonParser p, JsonToken token, DeserializationContext ctx) throws IOException {
        if (p.currentToken() != token) {
            throw JsonMappingException.from(p, "expected " + (token == JsonToken.START_OBJECT ? "an object" : "a list")
                    + ", found " + found(p));
        }
    }

    /** A string value; anything else is refused here, so a wrong value never makes its fields read as the event's. */
    static String text(JsonParser p, DeserializationContext ctx) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonMappingException.from(p, "expected text in quotes, found " + found(p));
        }
        return p.getText();
    }

    /** A whole number that fits an int: 1995.9 or "1995" is refused instead of read as 1995. */
    static int wholeNumber(JsonParser p, DeserializationContext ctx) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw JsonMappingException.from(p, "expected a whole number, found " + found(p));
        }
        return p.getIntValue();
    }

    /** The value at the parser in a person's words: "an object", "a list", "the text \"x\"", "the number 1995.9". */
    static String found(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case END_OBJECT, END_ARRAY -> "the end of " + (t == JsonToken.END_OBJECT ? "an object" : "a list");
            case VALUE_STRING -> "the text \"" + abbreviate(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText().isEmpty() ? "a number" : "the number " + abbreviate(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> p.getText();
            case VALUE_NULL -> "null";
            default -> "'" + abbreviate(p.getText()) + "'";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
