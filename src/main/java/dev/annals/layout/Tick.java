package dev.annals.layout;

/** A tick on the axis at {@code x}, with its label; a major tick marks a coarser boundary (a new year among months). */
public record Tick(double x, double day, String label, boolean major) {
}
