package dev.annals.loader;

import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What DateExtractor does with the expressions it found: joins two into a range ("2008 to 2009",
 * "between 1939 and 1945"), periods that follow one another into one ("the 1990s and 2000s"), and gives
 * a day or month without a year the year of the date before it.
 */
final class SpanJoiner {
    /** Range joiners between two date expressions: a dash, "to", "until", "through", or "and" after "between". */
    private static final Pattern JOINER = Pattern.compile(
            "^(?:" + DateExtractor.DASH + "|\\s+(?:to|until|till|through|and)\\s+(?:the\\s+)?|/)$");
    /** Between periods of a list that follow each other: "the 1990s and 2000s", "1960s, 1970s and 1980s". */
    private static final Pattern PERIOD_LIST = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?$");
    /** Relating words that belong to a range rather than to its start: "from July to December 1999". */
    static final Set<String> RANGE_RELATIONS = Set.of("from", "between");

    private SpanJoiner() {
    }

    static List<DateSpan> joinRanges(String text, List<DateSpan> atoms) {
        List<DateSpan> joined = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            DateSpan a = atoms.get(i);
            if (i + 1 < atoms.size() && a.isDated() && !a.isRange()
                    && atoms.get(i + 1).isDated() && atoms.get(i + 1).begin() >= a.end()) {
                DateSpan b = atoms.get(i + 1);
                String between = text.substring(a.end(), b.begin());
                boolean and = between.strip().equals("and");
                boolean joins = JOINER.matcher(between).matches()
                        && (!and || "between".equalsIgnoreCase(a.relation()))
                        && b.start().compareTo(a.start()) > 0;
                if (joins) {
                    joined.add(joined(text, a, b));
                    i++;
                    continue;
                }
            }
            joined.add(a);
        }
        return joined;
    }

    /**
     * Periods of a list that follow one another are one stretch of time: "during the 1990s and 2000s"
     * is 1990–2009, "the late 1980s and early 1990s" the late 1980s to the early 1990s.
     */
    static List<DateSpan> joinPeriods(String text, List<DateSpan> spans) {
        List<DateSpan> joined = new ArrayList<>();
        for (DateSpan b : spans) {
            DateSpan a = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (a != null && follows(a, b) && b.begin() >= a.end()
                    && PERIOD_LIST.matcher(text.substring(a.end(), b.begin())).matches()) {
                joined.set(joined.size() - 1, joined(text, a, b));
            } else {
                joined.add(b);
            }
        }
        return joined;
    }

    /** True when {@code b} is the decade or century right after the one {@code a} ends with. */
    private static boolean follows(DateSpan a, DateSpan b) {
        if (!a.isDated() || !b.isDated() || b.isRange()) {
            return false;
        }
        PartialDate last = a.isRange() ? a.last() : a.start();
        Precision p = last.precision();
        int span = p == Precision.DECADE ? 10 : p == Precision.CENTURY ? 100 : 0;
        return span > 0 && b.start().precision() == p && b.start().year() == last.year() + span;
    }

    private static DateSpan joined(String text, DateSpan a, DateSpan b) {
        PartialDate last = b.last() != null ? b.last() : b.start();
        boolean fromOrBetween = a.relation() == null || RANGE_RELATIONS.contains(a.relation());
        return DateSpan.of(text, a.begin(), b.end(), a.start(), last, fromOrBetween ? null : a.relation(),
                fromOrBetween ? a.begin() : a.quotedBegin());
    }

    /**
     * Gives each yearless day or month the year of the date before it in the text, when that does not
     * put it before that date ("sent on 19 April 1996 and approved on April 23").
     */
    static List<DateSpan> carryYears(List<DateSpan> spans) {
        List<DateSpan> carried = new ArrayList<>(spans.size());
        DateSpan before = null;
        for (DateSpan s : spans) {
            DateSpan dated = s;
            if (!s.isDated() && before != null) {
                dated = carryFrom(before, s);
            }
            carried.add(dated);
            if (dated.isDated()) {
                before = dated;
            }
        }
        return carried;
    }

    /** {@code s} in the year of {@code anchor} (the year its range ends in), or {@code s} as it was when that does not fit. */
    private static DateSpan carryFrom(DateSpan anchor, DateSpan s) {
        return inYearOf(anchor.isRange() ? anchor.last() : anchor.start(), anchor.start(), s);
    }

    /**
     * The yearless {@code s} in the year of {@code from}, or {@code s} as it was when {@code from} is
     * coarser than a year or the day would fall before {@code notBefore}.
     */
    static DateSpan inYearOf(PartialDate from, PartialDate notBefore, DateSpan s) {
        if (from.precision().compareTo(Precision.YEAR) < 0) {
            return s; // a decade or century gives no year
        }
        DateSpan dated = s.inYear(from.year());
        return dated != null && !dated.start().firstDay().isBefore(notBefore.firstDay()) ? dated : s;
    }
}
