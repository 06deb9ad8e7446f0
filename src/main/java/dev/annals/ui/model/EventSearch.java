package dev.annals.ui.model;

import dev.annals.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What the search field finds: events whose headline, text, date, section, items or entities contain the text, ignoring case. */
final class EventSearch {
    private EventSearch() {
    }

    /** A test for events matching {@code text}; matches nothing for blank text. */
    static Predicate<Event> matcher(String text) {
        String q = text.strip();
        if (q.isEmpty()) {
            return e -> false;
        }
        return e -> contains(e.text(), q) || contains(e.headline(), q) || contains(e.start().toText(), q)
                || anyContains(e.section(), q) || anyContains(e.items(), q) || anyContains(e.entities().countries(), q)
                || anyContains(e.entities().organisations(), q) || anyContains(e.entities().people(), q);
    }

    /** The events that pass {@code test}, in their order. */
    static List<Event> find(List<Event> events, Predicate<Event> test) {
        List<Event> found = new ArrayList<>();
        for (Event e : events) {
            if (test.test(e)) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean anyContains(List<String> texts, String q) {
        for (String t : texts) {
            if (contains(t, q)) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive containment without making lower-case copies: search runs on every key press. */
    private static boolean contains(String text, String q) {
        for (int i = 0, last = text.length() - q.length(); i <= last; i++) {
            if (text.regionMatches(true, i, q, 0, q.length())) {
                return true;
            }
        }
        return false;
    }
}
