package dev.annals.layout;

import dev.annals.model.DateBasis;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.SourcePosition;
import java.util.List;

/** Events for layout and axis tests: a date and a headline, nothing else. */
public final class TestEvents {
    private TestEvents() {
    }

    /** A stated event with headline "Statement ID". */
    public static Event event(String id, PartialDate start) {
        return event(id, start, null, "Statement " + id);
    }

    public static Event event(String id, PartialDate start, PartialDate end, String headline) {
        return new Event(id, start, end, DateBasis.STATED, null, headline, headline, List.of(), List.of(),
                new SourcePosition(1, 1, 1), Entities.NONE, "general", List.of(), List.of());
    }
}
