package dev.annals.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article read as a timeline, with everything needed to draw and cite it. Events come in reading
 * order by date: never an earlier year after a later one, and within a year as the loader placed them
 * (a statement dated from context follows the statement it was dated by).
 */
public record Timeline(
        int schemaVersion,
        String title,
        SourceFile source,
        Map<String, String> infobox,
        Locator locator,
        List<String> seeAlso,
        List<Period> periods,
        List<Event> events,
        List<Problem> problems) {

    public static final int SCHEMA_VERSION = 1;

    public Timeline {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(infobox, "infobox");
        Objects.requireNonNull(seeAlso, "seeAlso");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(problems, "problems");
        infobox = Collections.unmodifiableMap(new LinkedHashMap<>(infobox));
        seeAlso = List.copyOf(seeAlso);
        periods = List.copyOf(periods);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i - 1).start().firstYear() > events.get(i).start().firstYear()) {
                throw new IllegalArgumentException("events are not sorted at " + events.get(i).id());
            }
        }
    }
}
