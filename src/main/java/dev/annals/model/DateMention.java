package dev.annals.model;

/**
 * A date that a statement mentions without being dated by it, such as the back-reference
 * "(which had been in place since 2008)".
 */
public record DateMention(String text, PartialDate start, PartialDate end) {
}
