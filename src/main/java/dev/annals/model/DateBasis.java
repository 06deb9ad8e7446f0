package dev.annals.model;

/** Where an event's date comes from. */
public enum DateBasis {
    /** The sentence states the date itself. */
    STATED,
    /** The sentence has no date; its section's year heading gives it. */
    SECTION,
    /** The sentence has no date; an earlier dated sentence in its paragraph or section gives the year. */
    CONTEXT
}
