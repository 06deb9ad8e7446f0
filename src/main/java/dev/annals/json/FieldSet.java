package dev.annals.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Which fields of one object have been read, to refuse a field given twice; a bit per field, nothing to allocate. */
final class FieldSet {
    private final JsonParser parser;
    private long seen;

    FieldSet(JsonParser parser) {
        this.parser = parser;
    }

    /** Returns {@code value}, or fails when field number {@code bit} was already read. */
    <T> T once(int bit, String field, T value) throws JsonMappingException {
        long mask = 1L << bit;
        if ((seen & mask) != 0) {
            throw JsonMappingException.from(parser, "Duplicate field '" + field + "'");
        }
        seen |= mask;
        return value;
    }
}
