package dev.annals.model;

import java.time.Month;

/** A part of a year (or decade) that the text names, as in "late 2006" or "early 1990s". */
public enum Qualifier {
    EARLY("early", Month.JANUARY, Month.APRIL),
    MID("mid", Month.MAY, Month.AUGUST),
    LATE("late", Month.SEPTEMBER, Month.DECEMBER),
    SPRING("spring", Month.MARCH, Month.MAY),
    SUMMER("summer", Month.JUNE, Month.AUGUST),
    AUTUMN("autumn", Month.SEPTEMBER, Month.NOVEMBER),
    WINTER("winter", Month.DECEMBER, Month.DECEMBER);

    private final String word;
    private final Month firstMonth;
    private final Month lastMonth;

    Qualifier(String word, Month firstMonth, Month lastMonth) {
        this.word = word;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /** The word as written in text and JSON ("late"). */
    public String word() {
        return word;
    }

    /** First month of a year that this qualifier covers. */
    public Month firstMonth() {
        return firstMonth;
    }

    /** Last month of a year that this qualifier covers. */
    public Month lastMonth() {
        return lastMonth;
    }

    /** The qualifier for a word such as "late" or "Fall", ignoring case. */
    public static Qualifier fromWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.equals("fall")) {
            return AUTUMN;
        }
        if (w.equals("middle")) {
            return MID;
        }
        for (Qualifier q : values()) {
            if (q.word.equals(w)) {
                return q;
            }
        }
        throw new IllegalArgumentException("not a date qualifier: " + word);
    }
}
