package dev.annals.geo;

/** What a country is on a locator map, and so how it is coloured. */
public enum Role {
    /** The country the article is about (red or orange). */
    SUBJECT,
    /** A member of the organisation (blue). */
    MEMBER,
    /** Any other country (grey). */
    OTHER
}
