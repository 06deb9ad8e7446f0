package dev.annals.ui.export;

import dev.annals.export.Paper;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import java.util.List;

/**
 * What the user asked to export: a period from and to (as precise as they typed it), the events of a
 * period marked on the axis when it was not changed, the paper, and whether to draw the map.
 */
record ExportChoice(PartialDate from, PartialDate to, List<Event> markedEvents, Paper paper, boolean includeMap) {
    ExportChoice {
        markedEvents = markedEvents == null ? null : List.copyOf(markedEvents);
    }
}
