package dev.annals.exchange;

/** A file that cannot be read as a timeline at all; the message is one line naming the file and, where known, the line. */
public final class ExchangeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExchangeException(String message) {
        super(message);
    }
}
