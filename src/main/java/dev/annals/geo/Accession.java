package dev.annals.geo;

import java.time.LocalDate;

/**
 * The day a state joined an organisation.
 *
 * @param iso    ISO 3166-1 numeric code of the state ("616")
 * @param name   its name, for people reading the data file
 * @param date   the first day it is a member
 * @param source where the date comes from
 */
public record Accession(String iso, String name, LocalDate date, String source) {
}
