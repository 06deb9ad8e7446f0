package dev.annals.model;

/** Where a piece of text stands in the article: 1-based line and column, and its length in characters. */
public record SourcePosition(int line, int column, int length) {
    public SourcePosition {
        if (line < 1 || column < 1 || length < 0) {
            throw new IllegalArgumentException("bad position " + line + ":" + column + "+" + length);
        }
    }
}
