package dev.annals.loader;

/**
 * Limits that keep a bad or huge file from exhausting memory.
 *
 * @param maxBytes      files larger than this are refused before they are read
 * @param maxLineLength lines longer than this are skipped (and reported), the rest of the file is read
 */
public record LoaderOptions(long maxBytes, int maxLineLength) {
    /** A megabyte, the unit of the size limit everywhere (the command line, messages, the README). */
    public static final long MB = 1_000_000;
    /** The largest limit: an article is read into memory whole, and an array holds at most 2 GiB. */
    public static final int LARGEST_MB = 2_000;
    /** 32 MB of text is far beyond any article; 100,000 characters is about 40 pages in one line. */
    public static final LoaderOptions DEFAULTS = new LoaderOptions(32 * MB, 100_000);

    public LoaderOptions {
        if (maxBytes <= 0 || maxLineLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxBytes > LARGEST_MB * MB) {
            throw new IllegalArgumentException("at most " + LARGEST_MB + " MB");
        }
    }

    public LoaderOptions withMaxBytes(long bytes) {
        return new LoaderOptions(bytes, maxLineLength);
    }
}
