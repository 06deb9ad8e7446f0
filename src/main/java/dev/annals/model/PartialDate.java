package dev.annals.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A date known only as precisely as the text states it: a century, decade, year, month or day,
 * optionally narrowed by a {@link Qualifier} ("late 2006").
 *
 * <p>{@code month} and {@code day} are 0 when not known. A decade is stored by its first year (1990
 * for "the 1990s"), a century by its first year (1801 for "the 19th century").
 */
public record PartialDate(int year, int month, int day, Precision precision, Qualifier qualifier)
        implements Comparable<PartialDate> {

    /** Earliest first; of two that start on the same day, the one that ends first (the finer one). */
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::firstDay)
            .thenComparing(PartialDate::lastDay);

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        boolean needsMonth = precision == Precision.MONTH || precision == Precision.DAY;
        if (needsMonth != (month != 0)) {
            throw new IllegalArgumentException("month " + month + " does not fit precision " + precision);
        }
        if (month != 0 && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if ((precision == Precision.DAY) != (day != 0)) {
            throw new IllegalArgumentException("day " + day + " does not fit precision " + precision);
        }
        if (day != 0 && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("no day " + day + " in " + YearMonth.of(year, month));
        }
        if (precision == Precision.DECADE && year % 10 != 0) {
            throw new IllegalArgumentException("a decade starts in a year ending in 0, not " + year);
        }
        if (precision == Precision.CENTURY && year % 100 != 1) {
            throw new IllegalArgumentException("a century starts in a year ending in 01, not " + year);
        }
        if (year + spanYears(precision) - 1 > 9999) {
            throw new IllegalArgumentException("the " + precision.name().toLowerCase(Locale.ROOT) + " from " + year
                    + " ends after 9999");
        }
        if (qualifier != null && !(precision == Precision.YEAR || precision == Precision.DECADE
                || precision == Precision.CENTURY)) {
            throw new IllegalArgumentException("a qualifier needs a year, decade or century");
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, Precision.MONTH, null);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, Precision.DAY, null);
    }

    public static PartialDate ofDay(LocalDate day) {
        return ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** The decade that starts with {@code firstYear} (1990 for "the 1990s"). */
    public static PartialDate ofDecade(int firstYear) {
        return new PartialDate(firstYear - Math.floorMod(firstYear, 10), 0, 0, Precision.DECADE, null);
    }

    /** The {@code ordinal}th century (19 for 1801–1900). */
    public static PartialDate ofCentury(int ordinal) {
        return new PartialDate((ordinal - 1) * 100 + 1, 0, 0, Precision.CENTURY, null);
    }

    public PartialDate withQualifier(Qualifier q) {
        return new PartialDate(year, month, day, precision, q);
    }

    /** The same date with only its year kept (the year it starts in). */
    public PartialDate yearOnly() {
        return ofYear(year);
    }

    /** How many years the date spans before qualifiers narrow it. */
    private int spanYears() {
        return spanYears(precision);
    }

    private static int spanYears(Precision precision) {
        return switch (precision) {
            case CENTURY -> 100;
            case DECADE -> 10;
            default -> 1;
        };
    }

    /** The first day this date can mean. */
    public LocalDate firstDay() {
        return switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1);
            default -> {
                if (qualifier == null) {
                    yield LocalDate.of(year, 1, 1);
                }
                if (spanYears() == 1) {
                    yield LocalDate.of(year, qualifier.firstMonth(), 1);
                }
                int third = spanYears() / 3;
                int offset = switch (qualifier) {
                    case MID -> third;
                    case LATE -> spanYears() - third;
                    default -> 0;
                };
                yield LocalDate.of(year + offset, 1, 1);
            }
        };
    }

    /** The year of {@link #firstDay()}, without making a date: the loader and readers check order with it. */
    public int firstYear() {
        if (qualifier == null || spanYears() == 1) {
            return year;
        }
        int third = spanYears() / 3;
        return switch (qualifier) {
            case MID -> year + third;
            case LATE -> year + spanYears() - third;
            default -> year;
        };
    }

    /** The last day this date can mean. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            default -> {
                if (qualifier == null) {
                    yield LocalDate.of(year + spanYears() - 1, 12, 31);
                }
                if (spanYears() == 1) {
                    LocalDate end = YearMonth.of(year, qualifier.lastMonth()).atEndOfMonth();
                    yield end;
                }
                int third = spanYears() / 3;
                int lastOffset = switch (qualifier) {
                    case EARLY -> third - 1;
                    case MID -> spanYears() - third - 1;
                    default -> spanYears() - 1;
                };
                yield LocalDate.of(year + lastOffset, 12, 31);
            }
        };
    }

    /** The date in English as an encyclopedia writes it: "19 January 2004", "late 2006", "1990s". */
    public String toText() {
        String core = switch (precision) {
            case DAY -> day + " " + monthName(month) + " " + year;
            case MONTH -> monthName(month) + " " + year;
            case YEAR -> Integer.toString(year);
            case DECADE -> year + "s";
            case CENTURY -> ordinal((year - 1) / 100 + 1) + " century";
        };
        return qualifier == null ? core : qualifier.word() + " " + core;
    }

    /** ISO-like key that sorts like the date: "2004-01-19", "2006-12", "2006", "1990s". */
    public String isoKey() {
        return switch (precision) { // padded by hand: String.format cost the loader more than the rest of an id
            case DAY -> padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
            case MONTH -> padded(year, 4) + "-" + padded(month, 2);
            case YEAR -> padded(year, 4);
            case DECADE -> padded(year, 4) + "s";
            case CENTURY -> "c" + padded((year - 1) / 100 + 1, 2);
        } + (qualifier == null ? "" : "-" + qualifier.word());
    }

    /** A number of at least {@code width} digits, zeros in front (numbers here are never negative). */
    private static String padded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return toText();
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
