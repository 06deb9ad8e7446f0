package dev.annals.exchange;

import dev.annals.loader.EventIds;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.Problem;
import dev.annals.model.SourceFile;
import dev.annals.model.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what a reader takes from a file into a timeline, and what it could not take into the timeline's
 * problems: rows or slides it had to leave out one by one (the first {@value #LISTED} of each kind, then a
 * count, so a broken file of a million rows cannot fill memory with messages), and things the timeline
 * has no place for counted once ("3 slides: media not kept").
 */
final class TimelineAssembly {
    static final int LISTED = 100;

    private final String file;
    private final List<Event> events = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> problemsOfKind = new LinkedHashMap<>();
    private final Map<String, Integer> notKept = new LinkedHashMap<>();
    private final EventIds ids = new EventIds();

    TimelineAssembly(String file) {
        this.file = file;
    }

    /** Keeps the id a file gives (made unique), or makes one from the date and headline as the loader does. */
    String id(String given, PartialDate start, String headline, int line) {
        if (given == null || given.isBlank()) {
            return ids.next(start, headline);
        }
        String id = ids.claim(given.strip());
        if (!id.equals(given.strip())) {
            problem(line, "id", "the id '" + given.strip() + "' is given to an earlier event too; this one is '" + id + "'");
        }
        return id;
    }

    void add(Event e) {
        events.add(e);
    }

    void add(Period p) {
        periods.add(p);
    }

    /** Something at {@code line} that was left out or changed, in a sentence a person can act on. */
    void problem(int line, String kind, String message) {
        int n = problemsOfKind.merge(kind, 1, Integer::sum);
        if (n <= LISTED) {
            problems.add(new Problem(line, kind, message));
        }
    }

    /** One more {@code unit} (row, slide) had {@code what}, which a timeline cannot hold. */
    void notKept(String what) {
        notKept.merge(what, 1, Integer::sum);
    }

    /**
     * The timeline: events sorted by the year they start in, keeping the file's order within a year (as
     * the loader orders an article's statements), and the problems.
     */
    Timeline build(String title, SourceFile source, String unit) {
        List<Problem> all = new ArrayList<>(problems);
        problemsOfKind.forEach((kind, n) -> {
            if (n > LISTED) {
                all.add(new Problem(0, kind, "and " + (n - LISTED) + " more " + unit + "s like the " + LISTED + " above in " + file));
            }
        });
        notKept.forEach((what, n) -> all.add(new Problem(0, "not-kept",
                n + " " + unit + (n == 1 ? "" : "s") + " in " + file + ": " + what)));
        events.sort(Comparator.comparingInt(e -> e.start().firstYear()));
        periods.sort(Comparator.comparing(Period::start));
        return new Timeline(Timeline.SCHEMA_VERSION, title, source, Map.of(), null, List.of(), periods, events, all);
    }
}
