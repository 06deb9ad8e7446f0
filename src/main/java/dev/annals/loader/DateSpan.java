package dev.annals.loader;

import dev.annals.model.PartialDate;
import java.time.DateTimeException;

/**
 * A date expression found in a piece of text: where it stands ({@code begin} to {@code end}, exclusive),
 * the date or range it means, any relating word before it ("since", "until"), and the expression with
 * that word as the text writes it ({@code quoted}, from {@code quotedBegin}; the word in lower case, as a
 * label reads it: "since 1998" for "Since 1998, …").
 *
 * <p>A day or month written without its year ("on April 23", "in November") has a {@code yearless}
 * month and day and no {@code start} until a year is found for it in the sentence or paragraph
 * ({@link #inYear}); from then on it is a date like any other that remembers its year was carried over.
 */
record DateSpan(int begin, int end, PartialDate start, PartialDate last, String text, String relation,
        int quotedBegin, String quoted, Yearless yearless) {

    /** The month and day (0 for a month alone) of an expression that names no year. */
    record Yearless(int month, int day) {
    }

    /** A date with its year, and with the relating word (if any) starting at {@code quotedBegin}. */
    static DateSpan of(String source, int begin, int end, PartialDate start, PartialDate last, String relation,
            int quotedBegin) {
        return new DateSpan(begin, end, start, last, source.substring(begin, end), relation, quotedBegin,
                quoted(source, quotedBegin, end, relation), null);
    }

    /** The text from {@code quotedBegin} to {@code end}, its relating word (if any) in lower case. */
    static String quoted(String source, int quotedBegin, int end, String relation) {
        return relation == null ? source.substring(quotedBegin, end)
                : relation + source.substring(quotedBegin + relation.length(), end);
    }

    /** True once the span has a date: always, except for a yearless one whose year is not known yet. */
    boolean isDated() {
        return start != null;
    }

    /** True when the text gave no year and it was taken from another date. */
    boolean yearCarried() {
        return yearless != null && start != null;
    }

    /** This yearless expression in {@code year}, or null when that year has no such day (29 February). */
    DateSpan inYear(int year) {
        try {
            PartialDate date = yearless.day() == 0 ? PartialDate.ofMonth(year, yearless.month())
                    : PartialDate.ofDay(year, yearless.month(), yearless.day());
            return new DateSpan(begin, end, date, null, text, relation, quotedBegin, quoted, yearless);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The same expression with its positions moved {@code by} characters to the left. */
    DateSpan shifted(int by) {
        return new DateSpan(begin - by, end - by, start, last, text, relation, quotedBegin - by, quoted, yearless);
    }

    boolean isRange() {
        return last != null;
    }
}
