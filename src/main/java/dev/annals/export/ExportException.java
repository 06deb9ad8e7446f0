package dev.annals.export;

/**
 * An export that cannot be done, with a message fit to show the user as it is: an empty period, a
 * period that ends before it starts, a date that cannot be read, a file that cannot be written.
 */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
