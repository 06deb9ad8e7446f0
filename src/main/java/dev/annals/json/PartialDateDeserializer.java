package dev.annals.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import dev.annals.model.Qualifier;
import java.io.IOException;

/** Reads {"year": 2006, "precision": "year", "qualifier": "late"}; a missing precision follows from the parts given. */
final class PartialDateDeserializer extends StdDeserializer<PartialDate> {
    private static final long serialVersionUID = 1L;

    PartialDateDeserializer() {
        super(PartialDate.class);
    }

    @Override
    public PartialDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        EventDeserializer.expect(p, com.fasterxml.jackson.core.JsonToken.START_OBJECT, ctx);
        int year = 0;
        int month = 0;
        int day = 0;
        Precision precision = null;
        Qualifier qualifier = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            try {
                switch (field) {
                    case "year" -> year = EventDeserializer.wholeNumber(p, ctx);
                    case "month" -> month = EventDeserializer.wholeNumber(p, ctx);
                    case "day" -> day = EventDeserializer.wholeNumber(p, ctx);
                    case "precision" -> precision = EventDeserializer.enumValue(p, ctx, Precision.class);
                    case "qualifier" -> qualifier = Qualifier.fromWord(EventDeserializer.text(p, ctx));
                    default -> p.skipChildren();
                }
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, PartialDate.class, field);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.wrapWithPath(JsonMappingException.from(p, e.getMessage()), PartialDate.class, field);
            }
        }
        try {
            return date(year, month, day, precision, qualifier);
        } catch (IllegalArgumentException e) {
            throw JsonMappingException.from(p, e.getMessage());
        }
    }

    /** The date of these parts; when the precision is not given, it follows from the finest part given. */
    static PartialDate date(int year, int month, int day, Precision precision, Qualifier qualifier) {
        Precision given = precision != null ? precision
                : day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
        return new PartialDate(year, month, day, given, qualifier);
    }
}
