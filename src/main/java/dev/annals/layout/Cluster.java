package dev.annals.layout;

/** Events too close to draw apart: a badge at {@code x} with their count, covering days [fromDay, toDay). */
public record Cluster(double x, int count, double fromDay, double toDay, boolean holdsSelection, boolean holdsHighlight) {
}
