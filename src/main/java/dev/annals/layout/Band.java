package dev.annals.layout;

import dev.annals.model.Period;

/** A period of the article drawn as a labelled background band from {@code x1} to {@code x2}. */
public record Band(Period period, double x1, double x2, int lane) {
}
