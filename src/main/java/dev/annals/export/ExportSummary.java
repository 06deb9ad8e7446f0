package dev.annals.export;

import java.nio.file.Path;

/** What an export wrote: the file, its number of pages and events, and its size in bytes. */
public record ExportSummary(Path file, int pages, int events, long bytes) {
}
