package dev.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * One dated statement of the article.
 *
 * @param id           stable identifier: the date key and a slug of the headline
 * @param start        when it happened (or began)
 * @param end          when a range ends; null for a single date
 * @param dateBasis    whether the text states the date or it comes from the section or context
 * @param dateText     the date expression as the text writes it ("in late 2006"); null unless stated
 * @param headline     the clause that states this fact, shortened to read as a headline
 * @param text         the whole sentence, exactly as in the source
 * @param items        bullet items that the sentence introduces (it ends in a colon)
 * @param section      headings from the top-level section down to the one holding the sentence
 * @param source       where {@code text} stands in the article
 * @param entities     who and what the sentence names
 * @param category     one word for the kind of statement (cooperation, tension, …)
 * @param categoryCues the words of the sentence that decided the category
 * @param otherDates   dates the sentence mentions that do not date this event
 */
public record Event(
        String id,
        PartialDate start,
        PartialDate end,
        DateBasis dateBasis,
        String dateText,
        String headline,
        String text,
        List<String> items,
        List<String> section,
        SourcePosition source,
        Entities entities,
        String category,
        List<String> categoryCues,
        List<DateMention> otherDates) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(dateBasis, "dateBasis");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(category, "category");
        if (end != null && end.lastDay().isBefore(start.firstDay())) {
            throw new IllegalArgumentException("event " + id + " ends before it starts");
        }
        items = List.copyOf(items);
        section = List.copyOf(section);
        categoryCues = List.copyOf(categoryCues);
        otherDates = List.copyOf(otherDates);
    }

    /** The last date the event covers: its end, or its start when it has none. */
    public PartialDate last() {
        return end == null ? start : end;
    }
}
