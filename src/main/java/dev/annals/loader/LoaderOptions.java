package dev.annals.loader;

/**
 * Limits that keep a bad or huge file from exhausting memory.
 *
 * @param maxBytes      files larger than this are refused before they are read
 * @param maxLineLength lines longer than this are skipped (and reported), the rest of the file is read
 */
public record LoaderOptions(long maxBytes, int maxLineLength) {
    /** 32 MiB of text is far beyond any article; 100,000 characters is about 40 pages in one line. */
    public static final LoaderOptions DEFAULTS = new LoaderOptions(32L * 1024 * 1024, 100_000);

    public LoaderOptions {
        if (maxBytes <= 0 || maxLineLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public LoaderOptions withMaxBytes(long bytes) {
        return new LoaderOptions(bytes, maxLineLength);
    }
}
