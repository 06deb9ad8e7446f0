package dev.annals.layout;

import dev.annals.model.DateBasis;
import dev.annals.model.Event;
import java.util.regex.Pattern;

/** An event's date written as the article states it, saying so when the date was inferred. */
public final class DateLabels {
    /** What a stated date text needs to name its date alone: a year, a decade or a century. */
    private static final Pattern NAMES_YEAR = Pattern.compile("\\d{3,}|['’]\\d0s|(?i:century)");

    private DateLabels() {
    }

    /**
     * "19 January 2004", "late 2006", "since 1997", "2021 (from context)", "2010 (from section)". A stated
     * text without its year ("April 23", or "3" of "3, 5 and 7 May 2005") gives way to the date it was read as.
     */
    public static String asStated(Event e) {
        if (e.dateBasis() == DateBasis.STATED && e.dateText() != null && NAMES_YEAR.matcher(e.dateText()).find()) {
            return e.dateText();
        }
        String range = e.end() == null ? e.start().toText() : e.start().toText() + "–" + e.end().toText();
        return switch (e.dateBasis()) {
            case CONTEXT -> range + " (from context)";
            case SECTION -> range + " (from section)";
            case STATED -> range;
        };
    }

    /** The date alone, without how it was found: "19 January 2004", "2014–2015". */
    public static String plain(Event e) {
        return e.end() == null ? e.start().toText() : e.start().toText() + "–" + e.end().toText();
    }
}
