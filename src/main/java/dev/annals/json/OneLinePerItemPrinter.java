package dev.annals.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * Lays a timeline out one field per line at the top and one event (or period, or problem) per line
 * below it: readable and diff-friendly like pretty-printed JSON, yet about half the size, which is
 * what makes a timeline of a million events quick to open.
 */
public final class OneLinePerItemPrinter implements PrettyPrinter, Instantiatable<OneLinePerItemPrinter> {
    /** Nesting depth up to which every field or element starts a new line. */
    private static final int LINE_DEPTH = 2;
    private int depth;

    @Override
    public OneLinePerItemPrinter createInstance() {
        return new OneLinePerItemPrinter();
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (depth < LINE_DEPTH - 1 && entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (depth <= LINE_DEPTH - 1) {
            newLine(g);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth <= LINE_DEPTH - 1 ? ": " : ":");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void writeEndArray(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (depth < LINE_DEPTH && entries > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (depth <= LINE_DEPTH) {
            newLine(g);
        }
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (depth <= LINE_DEPTH) {
            newLine(g);
        }
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (depth <= LINE_DEPTH - 1) {
            newLine(g);
        }
    }
}
