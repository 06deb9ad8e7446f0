package dev.annals.json;

/** A JSON file that is not a timeline Annals can read; the message names the file and the place. */
public final class TimelineFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public TimelineFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
