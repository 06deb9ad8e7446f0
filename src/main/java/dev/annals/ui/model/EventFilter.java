package dev.annals.ui.model;

import dev.annals.layout.EventIndex;
import dev.annals.layout.EventPlace;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the filters let through: no event of a hidden category, and only events that mention the entity
 * when one is chosen.
 *
 * @param hidden the categories switched off
 * @param entity a country, organisation or person the events must mention, or null
 */
record EventFilter(Set<String> hidden, String entity) {
    EventFilter {
        hidden = Set.copyOf(hidden);
    }

    boolean passesAll() {
        return hidden.isEmpty() && entity == null;
    }

    /** The events of {@code t} that pass, indexed. */
    EventIndex apply(Timeline t) {
        List<Event> passed = new ArrayList<>();
        for (Event e : t.events()) {
            if (!hidden.contains(e.category()) && (entity == null || e.entities().mentions(entity))) {
                passed.add(e);
            }
        }
        return new EventIndex(passed);
    }

    /** The shown event closest in time to one that was filtered away. */
    static Event nearest(EventIndex shown, Event gone) {
        double day = EventPlace.of(gone).marker();
        int k = Math.min(shown.firstAtOrAfter(day), shown.size() - 1);
        if (k > 0 && day - shown.placeByRank(k - 1).marker() < shown.placeByRank(k).marker() - day) {
            k--;
        }
        return shown.byRank(k);
    }
}
