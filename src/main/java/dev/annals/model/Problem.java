package dev.annals.model;

import java.util.Objects;

/**
 * Something in the article the loader could not read as intended, kept so the user sees it.
 *
 * @param line    1-based line, or 0 for the file as a whole
 * @param kind    a short tag ("markup", "encoding", "undated", …)
 * @param message one sentence a person can act on
 */
public record Problem(int line, String kind, String message) {
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** "line 12: message", or the message alone for the whole file. */
    public String describe() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
