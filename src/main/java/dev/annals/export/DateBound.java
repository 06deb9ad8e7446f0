package dev.annals.export;

import dev.annals.model.PartialDate;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the from and to of a period as a person types them: a year ("2004"), a month ("2004-07") or a
 * day ("2004-01-19"). As a start it means its first day, as an end its last.
 */
public final class DateBound {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateBound() {
    }

    public static PartialDate parse(String text) throws ExportException {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new ExportException("'" + text + "' is not a date: write a year (2004), a month (2004-07) or a day (2004-01-19).");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return PartialDate.ofYear(year);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? PartialDate.ofMonth(year, month)
                    : PartialDate.ofDay(year, month, Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ExportException("'" + text + "' is not a date on the calendar (" + e.getMessage() + ").");
        }
    }
}
