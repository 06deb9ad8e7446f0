package dev.annals.loader;

/** An article that cannot be read at all; the message names the file and, where it helps, the line. */
public final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public LoadException(String file, int line, String message) {
        super(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file name as the user gave it. */
    public String file() {
        return file;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
