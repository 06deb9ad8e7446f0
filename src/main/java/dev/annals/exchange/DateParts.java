package dev.annals.exchange;

import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import dev.annals.model.Qualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Partial dates as TimelineJS writes them: a year, then a month and a day only when the date is that
 * precise (TimelineJS shows a date as precisely as the parts it is given). A decade, a century or a
 * qualifier ("late 2006") has no parts of its own: it is written by its first year, and its words in a
 * display date ("1990s", "late 2006") bring it back when read.
 */
final class DateParts {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern SPACES_AND_COMMAS = Pattern.compile("[\\s,]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The wordings of each year met so far: at most the 9,999 years a date can have. */
    private static final Map<Integer, List<Wording>> WORDINGS = new ConcurrentHashMap<>();

    /** The year, month and day cells of a date, empty where the date does not say. */
    record Cells(String year, String month, String day) {
        static final Cells NONE = new Cells("", "", "");
    }

    private DateParts() {
    }

    static Cells cells(PartialDate d) {
        if (d == null) {
            return Cells.NONE;
        }
        boolean month = d.precision() == Precision.MONTH || d.precision() == Precision.DAY;
        return new Cells(Integer.toString(d.year()), month ? Integer.toString(d.month()) : "",
                d.precision() == Precision.DAY ? Integer.toString(d.day()) : "");
    }

    /** What the parts alone say of {@code d}: the date itself to the day or month, else its (first) year. */
    static PartialDate partsOnly(PartialDate d) {
        return d.precision() == Precision.DAY || d.precision() == Precision.MONTH ? d : PartialDate.ofYear(d.year());
    }

    /**
     * The date the parts name, as precise as they are, made coarser or qualified when {@code shownAs} (a
     * display date, may be empty) words it so. IllegalArgumentException says what is wrong with the parts.
     */
    static PartialDate read(String year, String month, String day, String shownAs) {
        Integer y = number(year, "year");
        Integer m = number(month, "month");
        Integer d = number(day, "day");
        if (y == null) {
            throw new IllegalArgumentException("no year");
        }
        if (y < 1 || y > 9999) {
            throw new IllegalArgumentException("the year " + y + " is outside the years 1 to 9999 that Annals shows");
        }
        if (d != null && m == null) {
            throw new IllegalArgumentException("a day (" + d + ") without a month");
        }
        if (m != null && (m < 1 || m > 12)) {
            throw new IllegalArgumentException("the month " + m + " is not one from 1 to 12");
        }
        try {
            PartialDate date = d != null ? PartialDate.ofDay(y, m, d) : m != null ? PartialDate.ofMonth(y, m) : PartialDate.ofYear(y);
            return refine(date, shownAs);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * A year-precise date replaced by the decade, century or qualified date with the same first year that
     * {@code text} names in words ("early 1990s" for 1990), the most precise wording first.
     */
    static PartialDate refine(PartialDate date, String text) {
        if (date.precision() != Precision.YEAR || text == null || text.isBlank()) {
            return date;
        }
        String haystack = " " + NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        for (Wording w : WORDINGS.computeIfAbsent(date.year(), DateParts::wordings)) {
            if (haystack.contains(w.words())) {
                return w.date();
            }
        }
        return date;
    }

    /** A date and its words as a display date writes them, between spaces. */
    private record Wording(PartialDate date, String words) {
    }

    /** The dates a year-only date could have been written from, longest wording first. */
    private static List<Wording> wordings(int year) {
        List<PartialDate> bases = new ArrayList<>(List.of(PartialDate.ofYear(year)));
        if (year % 10 == 0) {
            bases.add(PartialDate.ofDecade(year));
        }
        if (year % 100 == 1) {
            bases.add(PartialDate.ofCentury((year - 1) / 100 + 1));
        }
        List<Wording> all = new ArrayList<>();
        for (PartialDate base : bases) {
            for (Qualifier q : Qualifier.values()) {
                all.add(wording(base.withQualifier(q)));
            }
            if (base.precision() != Precision.YEAR) {
                all.add(wording(base));
            }
        }
        all.sort(Comparator.comparingInt((Wording w) -> w.words().length()).reversed());
        return List.copyOf(all);
    }

    private static Wording wording(PartialDate d) {
        return new Wording(d, " " + d.toText().toLowerCase(Locale.ROOT) + " ");
    }

    /** A whole number as TimelineJS reads one (spaces and thousands commas ignored), or null when empty. */
    private static Integer number(String cell, String what) {
        String s = cell == null ? "" : SPACES_AND_COMMAS.matcher(cell).replaceAll("");
        if (s.isEmpty()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(s).matches() || s.length() > 9) {
            throw new IllegalArgumentException("the " + what + " '" + cell.strip() + "' is not a whole number");
        }
        return Integer.parseInt(s);
    }
}
