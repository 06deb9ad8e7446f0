package dev.annals.loader;

import dev.annals.model.SourcePosition;

/** One sentence of a paragraph or bullet, with where it stands in the source. */
record Sentence(String text, SourcePosition source) {
    int line() {
        return source.line();
    }

    int column() {
        return source.column();
    }
}
