package dev.annals.bench;

import dev.annals.json.TimelineJson;
import dev.annals.model.DateBasis;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.Qualifier;
import dev.annals.model.SourceFile;
import dev.annals.model.SourcePosition;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Timelines of any size for benchmarks: events spread over 1900–2025 with the mix of precisions,
 * ranges and context dates a real article has, and headlines and texts of realistic length.
 */
public final class SyntheticTimeline {
    private static final String[] CATEGORIES = {"cooperation", "tension", "diplomacy", "military", "ideology", "general"};
    private static final String[] COUNTRIES = {"Belarus", "Poland", "Lithuania", "Russia", "Ukraine", "Germany"};

    private SyntheticTimeline() {
    }

    /** Writes a synthetic timeline: {@code SyntheticTimeline EVENTS FILE}. */
    public static void main(String[] args) throws IOException {
        TimelineJson.write(of(Integer.parseInt(args[0]), 42), Path.of(args[1]));
    }

    public static Timeline of(int n, long seed) {
        Random r = new Random(seed);
        List<Event> events = new ArrayList<>(n);
        int firstYear = 1900;
        int years = 126;
        for (int i = 0; i < n; i++) {
            int year = firstYear + (int) ((long) i * years / n);
            PartialDate start = switch (r.nextInt(10)) {
                case 0, 1, 2, 3 -> PartialDate.ofDay(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
                case 4, 5, 6 -> PartialDate.ofMonth(year, 1 + r.nextInt(12));
                case 7 -> PartialDate.ofYear(year).withQualifier(Qualifier.values()[r.nextInt(3)]);
                default -> PartialDate.ofYear(year);
            };
            PartialDate end = r.nextInt(12) == 0 ? PartialDate.ofYear(Math.min(2099, year + 1 + r.nextInt(3))) : null;
            String headline = "Statement " + i + " on relations between " + COUNTRIES[r.nextInt(COUNTRIES.length)]
                    + " and NATO in " + year;
            String text = headline + ", with the details that an encyclopedia sentence gives about who did what, "
                    + "where and why, and what followed.";
            events.add(new Event(String.format("e%07d", i), start, end, i % 7 == 0 ? DateBasis.CONTEXT : DateBasis.STATED,
                    null, headline, text, List.of(), List.of("History", Integer.toString(year)),
                    new SourcePosition(i + 1, 1, text.length()),
                    new Entities(List.of(COUNTRIES[r.nextInt(COUNTRIES.length)]), List.of("NATO"), List.of()),
                    CATEGORIES[r.nextInt(CATEGORIES.length)], List.of(), List.of()));
        }
        events.sort((a, b) -> a.start().compareTo(b.start()));
        List<Period> periods = new ArrayList<>();
        for (int y = firstYear; y < firstYear + years; y += 10) {
            periods.add(new Period("p-" + y, y + "s", PartialDate.ofDecade(y), PartialDate.ofDecade(y), 1));
        }
        return new Timeline(Timeline.SCHEMA_VERSION, "Synthetic timeline of " + n + " events",
                new SourceFile("synthetic.txt", "0".repeat(64)), Map.of(), null, List.of(), periods, events, List.of());
    }
}
