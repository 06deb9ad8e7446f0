package dev.annals.model;

/** How exactly a {@link PartialDate} is known, from a whole century down to a single day. */
public enum Precision {
    CENTURY, DECADE, YEAR, MONTH, DAY
}
