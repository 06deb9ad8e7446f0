package dev.annals.loader;

/** One sentence of a paragraph or bullet, with where it starts in the source. */
record Sentence(String text, int line, int column) {
}
