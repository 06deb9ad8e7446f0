package dev.annals.loader;

/** A piece of source text and where it starts: 1-based line and column. */
record TextLine(int line, int column, String text) {
}
