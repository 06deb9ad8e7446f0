package dev.annals.layout;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses ticks for a scale: the finest step (centuries down to days) whose labels fit side by side
 * without overlapping, labelled as a reader expects ("1990", "Mar", "2004" at January, "19").
 */
public final class TickGenerator {
    /** One tick spacing: a number of years, months or days. */
    private record Step(int years, int months, int days) {
        double approxDays() {
            return years * 365.2425 + months * 30.44 + days;
        }
    }

    private static final List<Step> STEPS = List.of(
            new Step(100, 0, 0), new Step(50, 0, 0), new Step(20, 0, 0), new Step(10, 0, 0),
            new Step(5, 0, 0), new Step(2, 0, 0), new Step(1, 0, 0),
            new Step(0, 6, 0), new Step(0, 3, 0), new Step(0, 1, 0),
            new Step(0, 0, 10), new Step(0, 0, 5), new Step(0, 0, 2), new Step(0, 0, 1));
    private static final double GAP = 12;

    private final TextMeasure measure;

    public TickGenerator(TextMeasure measure) {
        this.measure = measure;
    }

    public List<Tick> ticks(TimeScale scale) {
        Step step = choose(scale);
        TimeWindow w = scale.window();
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(w.start()));
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate d = align(first, step); d.toEpochDay() < w.end(); d = next(d, step)) {
            if (d.toEpochDay() >= w.start()) {
                ticks.add(new Tick(scale.x(d.toEpochDay()), d.toEpochDay(), label(d, step), isMajor(d, step)));
            }
        }
        return ticks;
    }

    private Step choose(TimeScale scale) {
        double widest = measure.width("Sep 2004");
        Step chosen = STEPS.get(0);
        for (Step s : STEPS) {
            double widestLabel = s.years() > 0 ? measure.width("2004") : widest;
            if (s.approxDays() * scale.pixelsPerDay() >= widestLabel + GAP) {
                chosen = s;
            } else {
                break;
            }
        }
        return chosen;
    }

    private static LocalDate align(LocalDate d, Step s) {
        if (s.years() > 0) {
            int year = Math.floorDiv(d.getYear(), s.years()) * s.years();
            return LocalDate.of(Math.max(1, year), 1, 1);
        }
        if (s.months() > 0) {
            int month = (d.getMonthValue() - 1) / s.months() * s.months() + 1;
            return LocalDate.of(d.getYear(), month, 1);
        }
        return d.withDayOfMonth(1);
    }

    private static LocalDate next(LocalDate d, Step s) {
        if (s.years() > 0) {
            return d.plusYears(s.years());
        }
        if (s.months() > 0) {
            return d.plusMonths(s.months());
        }
        LocalDate n = d.plusDays(s.days());
        // Days restart at the first of each month, so "21, 31" never crowds the next "1".
        boolean crowdsNextMonth = s.days() > 1 && n.getDayOfMonth() + s.days() / 2 > n.lengthOfMonth();
        if (n.getMonthValue() != d.getMonthValue() || crowdsNextMonth) {
            return d.withDayOfMonth(1).plusMonths(1);
        }
        return n;
    }

    private static boolean isMajor(LocalDate d, Step s) {
        if (s.years() > 0) {
            return d.getYear() % (s.years() < 10 ? 10 : 100) == 0;
        }
        if (s.months() > 0) {
            return d.getMonthValue() == 1;
        }
        return d.getDayOfMonth() == 1;
    }

    private static String label(LocalDate d, Step s) {
        if (s.years() > 0) {
            return Integer.toString(d.getYear());
        }
        String month = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (s.months() > 0) {
            return d.getMonth() == Month.JANUARY ? Integer.toString(d.getYear()) : month;
        }
        if (d.getDayOfMonth() == 1) {
            return d.getMonth() == Month.JANUARY ? month + " " + d.getYear() : month;
        }
        return Integer.toString(d.getDayOfMonth());
    }
}
