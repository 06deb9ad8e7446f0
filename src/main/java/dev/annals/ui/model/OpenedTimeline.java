package dev.annals.ui.model;

import dev.annals.layout.EventIndex;
import dev.annals.layout.PeriodIndex;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A timeline with what the window derives from all of its events: the index of the axis and the list,
 * the first event of each period, and the choices of the category and entity filters. Made where the timeline is read, off the UI
 * thread, so that a timeline of a million events shows without a freeze.
 *
 * @param timeline   the timeline, or null when none is open
 * @param index      all of its events, indexed
 * @param periods    its periods against all of its events
 * @param categories its categories, sorted
 * @param entities   the names its events mention, the most mentioned first
 */
public record OpenedTimeline(Timeline timeline, EventIndex index, PeriodIndex periods, List<String> categories,
        List<String> entities) {
    public static final OpenedTimeline NONE = new OpenedTimeline(null, new EventIndex(List.of()), PeriodIndex.empty(),
            List.of(), List.of());

    /** Works out what the window derives from all events: off the UI thread for a large timeline. */
    public static OpenedTimeline of(Timeline timeline) {
        if (timeline == null) {
            return NONE;
        }
        EventIndex index = new EventIndex(timeline.events());
        return new OpenedTimeline(timeline, index, new PeriodIndex(timeline.periods(), index.events()),
                categories(timeline.events()), entities(timeline.events()));
    }

    private static List<String> categories(List<Event> events) {
        Set<String> seen = new HashSet<>();
        for (Event e : events) {
            seen.add(e.category());
        }
        return seen.stream().sorted().toList();
    }

    /**
     * Counted by entity lists first: a large timeline read from JSON shares one instance for equal lists,
     * so a million events have only some thousands of them.
     */
    private static List<String> entities(List<Event> events) {
        Map<Entities, Integer> byList = new IdentityHashMap<>();
        for (Event e : events) {
            byList.merge(e.entities(), 1, Integer::sum);
        }
        Map<String, Integer> counts = new HashMap<>();
        byList.forEach((entities, times) -> {
            for (List<String> names : List.of(entities.countries(), entities.organisations(), entities.people())) {
                names.forEach(n -> counts.merge(n, times, Integer::sum));
            }
        });
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparing((String n) -> -counts.get(n)).thenComparing(n -> n));
        return List.copyOf(names);
    }
}
