package dev.annals.loader;

import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import dev.annals.model.Qualifier;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words before a year, decade or century that name a part of it: "the early part of the
 * 2010s", "the end of 2002", "the middle of the 19th century", "the first half of 2019", "the turn of the
 * 20th century". The result is what the schema can say: a qualifier (early, mid, late) where one fits,
 * a range of months or years for a half, and late to early decades for the turn of a century.
 */
final class PeriodPhrases {
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(early\\s+part|earlier\\s+part|first\\s+years|beginning|start|middle|mid\\s+part"
                    + "|late\\s+part|latter\\s+part|last\\s+years|end|close|first\\s+half|second\\s+half|latter\\s+half"
                    + "|turn)\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\bof\\s+(?:the\\s+)?$");
    private static final int LOOK_BEHIND = 40;

    /** A part of a date: the range it means and where its words begin. */
    record Part(int begin, PartialDate start, PartialDate last) {
    }

    private PeriodPhrases() {
    }

    /**
     * The part of {@code date} that the words just before {@code begin} name, or null when they name
     * none or the date cannot take one (a month, a day, an already qualified date, a range).
     */
    static Part before(String text, int begin, PartialDate date) {
        if (date.qualifier() != null || date.precision().compareTo(Precision.YEAR) > 0) {
            return null;
        }
        if (!OF_BEFORE.matcher(text).region(Math.max(0, begin - 8), begin).find()) {
            return null; // every phrase ends in "of" or "of the": most dates have neither before them
        }
        Matcher m = PHRASE.matcher(text).region(Math.max(0, begin - LOOK_BEHIND), begin);
        if (!m.find()) {
            return null;
        }
        String words = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int span = date.precision() == Precision.CENTURY ? 100 : date.precision() == Precision.DECADE ? 10 : 1;
        return switch (words) {
            case "early part", "earlier part", "first years", "beginning", "start" ->
                    new Part(m.start(1), date.withQualifier(Qualifier.EARLY), null);
            case "middle", "mid part" -> new Part(m.start(1), date.withQualifier(Qualifier.MID), null);
            case "late part", "latter part", "last years", "end", "close" ->
                    new Part(m.start(1), date.withQualifier(Qualifier.LATE), null);
            case "first half" -> half(m.start(1), date, span, false);
            case "second half", "latter half" -> half(m.start(1), date, span, true);
            default -> turn(m.start(1), date);
        };
    }

    /** A half year as months, a half decade or century as years. */
    private static Part half(int begin, PartialDate date, int span, boolean second) {
        if (span == 1) {
            return second ? new Part(begin, PartialDate.ofMonth(date.year(), 7), PartialDate.ofMonth(date.year(), 12))
                    : new Part(begin, PartialDate.ofMonth(date.year(), 1), PartialDate.ofMonth(date.year(), 6));
        }
        int first = date.year() + (second ? span / 2 : 0);
        return new Part(begin, PartialDate.ofYear(first), PartialDate.ofYear(first + span / 2 - 1));
    }

    /** The turn of the 20th century: the late 1890s to the early 1900s. Only centuries have a turn. */
    private static Part turn(int begin, PartialDate date) {
        if (date.precision() != Precision.CENTURY || date.year() < 101) {
            return null;
        }
        int turn = date.year() - 1;
        return new Part(begin, PartialDate.ofDecade(turn - 10).withQualifier(Qualifier.LATE),
                PartialDate.ofDecade(turn).withQualifier(Qualifier.EARLY));
    }
}
