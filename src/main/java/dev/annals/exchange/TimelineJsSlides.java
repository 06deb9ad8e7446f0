package dev.annals.exchange;

import dev.annals.layout.DateLabels;
import dev.annals.model.DateBasis;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * What TimelineJS's JSON and its spreadsheet share: an event as a slide (headline and text as HTML, the
 * category as its group, the date as the article states it as its display date) and a period as an era,
 * and back. A display date that ends in "(from context)" or "(from section)" says how the date was found.
 */
final class TimelineJsSlides {
    private static final String FROM_CONTEXT = " (from context)";
    private static final String FROM_SECTION = " (from section)";

    private TimelineJsSlides() {
    }

    /**
     * The date as the article states it ("late 2006", "2021 (from context)"), or as Annals words it when
     * those words would not give the same dates back from the event's year, month and day.
     */
    static String displayDate(Event e) {
        String stated = DateLabels.asStated(e);
        if (givesBack(e, stated)) {
            return stated;
        }
        String plain = DateLabels.plain(e);
        return switch (e.dateBasis()) {
            case CONTEXT -> plain + FROM_CONTEXT;
            case SECTION -> plain + FROM_SECTION;
            case STATED -> plain;
        };
    }

    private static boolean givesBack(Event e, String shown) {
        return DateParts.refine(DateParts.partsOnly(e.start()), shown).equals(e.start())
                && (e.end() == null || DateParts.refine(DateParts.partsOnly(e.end()), shown).equals(e.end()));
    }

    /** An event from a slide's parts; IllegalArgumentException says why there is none. */
    static Event event(TimelineAssembly into, int line, String id, PartialDate start, PartialDate end, String displayDate,
            String headlineHtml, String textHtml, String group) {
        HtmlText.Plain headline = HtmlText.read(Objects.requireNonNullElse(headlineHtml, ""));
        HtmlText.Plain text = HtmlText.read(Objects.requireNonNullElse(textHtml, ""));
        if (headline.droppedMarkup() || text.droppedMarkup()) {
            into.notKept("HTML markup other than lists, read as plain text");
        }
        if (headline.text().isEmpty() && text.text().isEmpty()) {
            throw new IllegalArgumentException("no headline and no text");
        }
        String shown = Objects.requireNonNullElse(displayDate, "").strip();
        DateBasis basis = shown.endsWith(FROM_CONTEXT) ? DateBasis.CONTEXT
                : shown.endsWith(FROM_SECTION) ? DateBasis.SECTION : DateBasis.STATED;
        String dateText = basis == DateBasis.STATED && !shown.isEmpty() ? shown : null;
        String head = headline.text().isEmpty() ? text.text() : headline.text();
        String category = group == null || group.isBlank() ? "general" : group.strip();
        return new Event(into.id(id, start, head, line), start, end, basis, dateText, head,
                text.text().isEmpty() ? head : text.text(), text.items(), List.of(), new SourcePosition(line, 1, 0),
                Entities.NONE, category, List.of(), List.of());
    }

    /** A period from an era; its label is the era's headline, or its dates when it has none. */
    static Period era(int line, PartialDate start, PartialDate end, String headlineHtml) {
        String label = HtmlText.read(Objects.requireNonNullElse(headlineHtml, "")).text();
        boolean single = start.equals(end);
        if (label.isEmpty()) {
            label = single ? start.toText() : start.toText() + "–" + end.toText();
        }
        return new Period("p-" + start.isoKey() + (single ? "" : "-" + end.isoKey()), label, start, end, line);
    }
}
