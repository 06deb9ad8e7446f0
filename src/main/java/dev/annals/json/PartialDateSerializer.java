package dev.annals.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.annals.model.PartialDate;
import java.io.IOException;
import java.util.Locale;

/** Writes a partial date with only the parts it knows: {"year": 2006, "precision": "year", "qualifier": "late"}. */
final class PartialDateSerializer extends StdSerializer<PartialDate> {
    private static final long serialVersionUID = 1L;

    PartialDateSerializer() {
        super(PartialDate.class);
    }

    @Override
    public void serialize(PartialDate d, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", d.year());
        if (d.month() != 0) {
            g.writeNumberField("month", d.month());
        }
        if (d.day() != 0) {
            g.writeNumberField("day", d.day());
        }
        g.writeStringField("precision", d.precision().name().toLowerCase(Locale.ROOT));
        if (d.qualifier() != null) {
            g.writeStringField("qualifier", d.qualifier().word());
        }
        g.writeEndObject();
    }
}
