package dev.annals.open;

/** A file that cannot be opened as a timeline; the message is one line naming the file and, where known, the line. */
public class OpenException extends Exception {
    private static final long serialVersionUID = 1L;

    public OpenException(String message) {
        super(message);
    }
}
