package dev.annals.loader;

import dev.annals.model.SourcePosition;

/**
 * A piece of source text and where it starts: 1-based line and column. {@code map} says where its
 * characters stand in the file when they are not copied one for one from there (null: they are).
 */
public record TextLine(int line, int column, String text, SourceMap map) {
    /** Text copied from the file as it is, starting at {@code line}:{@code column}. */
    public TextLine(int line, int column, String text) {
        this(line, column, text, null);
    }

    /** Where the characters {@code from} to {@code to} of the text stand in the file. */
    SourcePosition span(int from, int to) {
        return map == null ? new SourcePosition(line, column + from, to - from) : map.span(from, to);
    }
}
