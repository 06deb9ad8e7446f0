package dev.annals.files;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be written, and why in a person's words: "out.pdf: the folder /x does not exist". */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public OutputException(Path file, String reason) {
        super(file + ": " + reason);
        this.reason = reason;
    }

    /** Why, without the file's name: "the folder /x does not exist". */
    public String reason() {
        return reason;
    }
}
