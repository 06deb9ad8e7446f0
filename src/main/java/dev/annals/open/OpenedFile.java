package dev.annals.open;

import dev.annals.model.Timeline;

/** A timeline and the format of the file it was read from. */
public record OpenedFile(Timeline timeline, FileFormat format) {
}
