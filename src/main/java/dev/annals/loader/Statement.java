package dev.annals.loader;

import java.util.List;

/**
 * One dated fact of a sentence: the clause that states it (from {@code begin} to {@code end} in the
 * sentence), the date that dates it, and the other dates the clause mentions without being dated by them.
 */
record Statement(int begin, int end, DateSpan date, List<DateSpan> otherDates) {
    Statement {
        otherDates = List.copyOf(otherDates);
    }
}
