package dev.annals.loader;

import dev.annals.model.SourcePosition;

/**
 * Where the characters of a piece of text stand in the user's file. Text read from markup (wikitext,
 * HTML) is not the file's characters one for one, so a front end that rewrites text supplies a map; the
 * plain-text markup needs none.
 */
public interface SourceMap {
    /** The source of the text's characters {@code from} (inclusive) to {@code to} (exclusive). */
    SourcePosition span(int from, int to);
}
