package dev.annals.exchange;

import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import dev.annals.model.Qualifier;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads partial dates written as ISO-like keys: "2004-07-19", "2004-07", "2004", and the forms of
 * {@link PartialDate#isoKey()} for the rest: "1990s", "c19", "2006-late".
 */
final class DateKeys {
    private static final Pattern KEY = Pattern.compile(
            "(?<y>\\d{1,4})(?:-(?<m>\\d{1,2})(?:-(?<d>\\d{1,2}))?)?|(?<dec>\\d{1,3}0)s|[cC](?<cen>\\d{1,2})");

    private DateKeys() {
    }

    /** The date a key names; IllegalArgumentException (with a message a person can act on) when it names none. */
    static PartialDate parse(String key) {
        String k = key.strip();
        Qualifier qualifier = null;
        int dash = k.lastIndexOf('-');
        if (dash > 0 && dash < k.length() - 1 && Character.isLetter(k.charAt(dash + 1))) {
            qualifier = Qualifier.fromWord(k.substring(dash + 1));
            k = k.substring(0, dash);
        }
        Matcher m = KEY.matcher(k);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + key + "' is not a date: write 2004, 2004-07 or 2004-07-19");
        }
        PartialDate date;
        if (m.group("dec") != null) {
            date = PartialDate.ofDecade(Integer.parseInt(m.group("dec")));
        } else if (m.group("cen") != null) {
            date = PartialDate.ofCentury(Integer.parseInt(m.group("cen")));
        } else if (m.group("d") != null) {
            date = PartialDate.ofDay(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
        } else if (m.group("m") != null) {
            date = PartialDate.ofMonth(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")));
        } else {
            date = PartialDate.ofYear(Integer.parseInt(m.group("y")));
        }
        return qualifier == null ? date : date.withQualifier(qualifier);
    }

    /** The date as the CSV's date cell writes it: the year, month and day a date is stored by ("2004-07"). */
    static String isoLike(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", d.year(), d.month(), d.day());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month());
            default -> String.format(Locale.ROOT, "%04d", d.year());
        };
    }

    /** {@code date} with the precision and qualifier a CSV's own columns give, where they give one. */
    static PartialDate withColumns(PartialDate date, String precision, String qualifier) {
        Precision p = precision.isBlank() ? date.precision() : precision(precision);
        Qualifier q = qualifier.isBlank() ? date.qualifier() : Qualifier.fromWord(qualifier.strip());
        if (p == date.precision() && q == date.qualifier()) {
            return date;
        }
        PartialDate d = switch (p) {
            case CENTURY -> PartialDate.ofCentury((date.year() - 1) / 100 + 1);
            case DECADE -> PartialDate.ofDecade(date.year());
            case YEAR -> PartialDate.ofYear(date.year());
            case MONTH -> PartialDate.ofMonth(date.year(), Math.max(1, date.month()));
            case DAY -> new PartialDate(date.year(), date.month(), date.day(), Precision.DAY, null);
        };
        return q == null ? d : d.withQualifier(q);
    }

    private static Precision precision(String word) {
        try {
            return Precision.valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + word + "' is not a precision (century, decade, year, month or day)", e);
        }
    }
}
