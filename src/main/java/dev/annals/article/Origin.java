package dev.annals.article;

import dev.annals.model.SourcePosition;

/** Turns offsets in the text a front end reads into positions in the user's file. */
interface Origin {
    /** The position of the source characters {@code start} (inclusive) to {@code end} (exclusive). */
    SourcePosition span(int start, int end);
}
