package dev.annals.layout;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A period named by its two ends, the same in the PDF's header and the window's status bar:
 * "19 January 2004 – July 2012", "2004–2012".
 */
public final class PeriodWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private PeriodWords() {
    }

    /**
     * The span of some events, from the earliest start to the latest as the text dates them (of two
     * starting on one day, the narrower): "19 January 2004 – July 2012"; one date when they all share it.
     */
    public static String spanOf(List<Event> events) {
        PartialDate first = events.get(0).start();
        PartialDate last = first;
        for (Event e : events) {
            PartialDate s = e.start();
            first = s.compareTo(first) < 0 ? s : first;
            last = s.firstDay().isAfter(last.firstDay())
                    || s.firstDay().equals(last.firstDay()) && s.lastDay().isBefore(last.lastDay()) ? s : last;
        }
        return range(first.toText(), last.toText());
    }

    /**
     * The days from {@code from} to {@code to}, as coarse as both ends allow: "2004–2012",
     * "March 2006 – June 2006", "1 January 2004 – 15 March 2005".
     */
    public static String between(LocalDate from, LocalDate to) {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
        boolean wholeYears = wholeMonths && from.getMonthValue() == 1 && to.getMonthValue() == 12;
        if (wholeYears) {
            return range(Integer.toString(from.getYear()), Integer.toString(to.getYear()));
        }
        DateTimeFormatter f = wholeMonths ? MONTH : DAY;
        return range(f.format(from), f.format(to));
    }

    /** "19 January 2004" */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "2004–2012" and "19 January 2004 – July 2012": the dash is spaced when a side has spaces in it. */
    private static String range(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        return a.contains(" ") || b.contains(" ") ? a + " – " + b : a + "–" + b;
    }
}
