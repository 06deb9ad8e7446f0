package dev.annals.export;

import dev.annals.layout.DateLabels;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Every event of the period in order, under a heading for each year (which the outline points to): the
 * date as the text states it, the headline, the full sentence and its bullet items, the section path and
 * source line, and the entities it names.
 */
final class EventPages {
    private static final float YEAR_GAP = 14;
    private static final float EVENT_GAP = 10;
    /** A year heading stays with at least this much of its first event. */
    private static final float HEADING_KEEP = 60;

    private final PdfFonts fonts;
    private final Styles styles;
    private final PdfOutline outline;

    EventPages(PdfFonts fonts, Styles styles, PdfOutline outline) {
        this.fonts = fonts;
        this.styles = styles;
        this.outline = outline;
    }

    /** Draws {@code events}, calling {@code afterEach} with the count done after each one. */
    void draw(PageFlow flow, List<Event> events, IntConsumer afterEach) throws IOException {
        Map<Integer, YearGroup> years = new HashMap<>();
        for (Event e : events) {
            years.computeIfAbsent(e.start().firstYear(), y -> new YearGroup(e)).add(e);
        }
        int year = Integer.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            TextBlock block = block(e, flow.width());
            if (e.start().firstYear() != year) {
                year = e.start().firstYear();
                // The heading moves with its first event whole, or with its first lines when the event is too long for a page.
                float keep = block.height() < flow.bodyHeight() / 2 ? block.height() : HEADING_KEEP;
                yearHeading(flow, years.get(year), keep);
            }
            block.draw(flow, 0);
            afterEach.accept(i + 1);
        }
    }

    private void yearHeading(PageFlow flow, YearGroup group, float keepWithNext) throws IOException {
        String title = group.title();
        TextBlock heading = new TextBlock(fonts, flow.width()).paragraph(title, styles.year, YEAR_GAP);
        TextBlock.Place place = heading.draw(flow, keepWithNext + 4);
        Ink.line(flow.content(), Palette.BORDER, 0.6f, flow.left(), flow.y() - 1, flow.left() + flow.width(), flow.y() - 1);
        flow.down(4);
        outline.add(title + " (" + group.count + (group.count == 1 ? " event)" : " events)"), place.page(), place.top());
    }

    private TextBlock block(Event e, float width) {
        TextBlock b = new TextBlock(fonts, width)
                .paragraph(DateLabels.asStated(e), styles.date, EVENT_GAP)
                .paragraph(e.headline(), styles.headline, 1)
                .paragraph(e.text(), styles.body, 2);
        for (String item : e.items()) {
            b.bullet(item, styles.body, 0);
        }
        b.paragraph(where(e), styles.meta, 2);
        String names = names(e.entities());
        if (!names.isEmpty()) {
            b.paragraph(names, styles.meta, 0);
        }
        return b;
    }

    /** "Cooperation › 2004 · source line 22 · cooperation": the section path, the source line and the category. */
    private static String where(Event e) {
        List<String> parts = new ArrayList<>();
        if (!e.section().isEmpty()) {
            parts.add(String.join(" › ", e.section()));
        }
        parts.add("source line " + e.source().line());
        parts.add(e.category());
        return String.join(" · ", parts);
    }

    /** "Countries: Belarus, Russia · Organisations: NATO · People: …", leaving out what is empty. */
    private static String names(Entities en) {
        List<String> parts = new ArrayList<>();
        if (!en.countries().isEmpty()) {
            parts.add("Countries: " + String.join(", ", en.countries()));
        }
        if (!en.organisations().isEmpty()) {
            parts.add("Organisations: " + String.join(", ", en.organisations()));
        }
        if (!en.people().isEmpty()) {
            parts.add("People: " + String.join(", ", en.people()));
        }
        return String.join(" · ", parts);
    }

    /**
     * The events that start in one year. Its heading is the year, or "1990s" or "19th century" when
     * every event in it is dated only that coarsely: "1990" would claim more than the text says.
     */
    private static final class YearGroup {
        private final Event first;
        private int count;
        private boolean allCoarse = true;

        YearGroup(Event first) {
            this.first = first;
        }

        void add(Event e) {
            count++;
            Precision p = e.start().precision();
            allCoarse &= p == Precision.DECADE || p == Precision.CENTURY;
        }

        String title() {
            PartialDate start = first.start();
            return allCoarse ? new PartialDate(start.year(), 0, 0, start.precision(), null).toText()
                    : Integer.toString(start.firstYear());
        }
    }
}
