package dev.annals.loader;

import java.util.List;

/**
 * One clause of a sentence that states dated facts (from {@code begin} to {@code end} in the sentence):
 * the dates that date it, one fact each (several for a list: "in 1996, 1998 and 2001"), and the other
 * dates the clause mentions without being dated by them. {@code lead} is where the clause's date is
 * written: its first date, or the year that a later day of the clause refines ("in 1997 … of 21 November").
 */
record Statement(int begin, int end, List<DateSpan> dates, List<DateSpan> otherDates, DateSpan lead) {
    Statement {
        dates = List.copyOf(dates);
        otherDates = List.copyOf(otherDates);
    }
}
