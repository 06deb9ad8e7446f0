package dev.annals.ui.model;

import dev.annals.model.Event;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shown events that match the search and which of them is current. A search of a large timeline
 * runs in the background, so typing never waits; one overtaken by the next key press is dropped.
 */
final class SearchMatches {
    private static final System.Logger LOG = System.getLogger(SearchMatches.class.getName());

    private final ObservableList<Event> matches = FXCollections.observableArrayList();
    private final IntegerProperty position = new SimpleIntegerProperty(this, "matchPosition", -1);
    private final LatestOnly searches;
    private final int atOnce;

    /** @param atOnce up to how many shown events are searched on the spot */
    SearchMatches(TaskExecutor tasks, int atOnce) {
        this.searches = new LatestOnly(tasks);
        this.atOnce = atOnce;
    }

    ObservableList<Event> list() {
        return matches;
    }

    IntegerProperty positionProperty() {
        return position;
    }

    /** Searches {@code shown} for {@code text}; the selected event, when it matches, becomes the current match. */
    void search(String text, List<Event> shown, Supplier<Event> selected) {
        Predicate<Event> matcher = EventSearch.matcher(text);
        if (text.isBlank() || shown.size() <= atOnce) {
            searches.supersede();
            show(EventSearch.find(shown, matcher), selected.get());
        } else {
            searches.run(() -> EventSearch.find(shown, matcher), found -> show(found, selected.get()),
                    error -> LOG.log(Level.ERROR, "search failed", error));
        }
    }

    private void show(List<Event> found, Event selected) {
        matches.setAll(found);
        position.set(found.isEmpty() ? -1 : Math.max(0, found.indexOf(selected)));
    }

    /** The match {@code delta} after the selected event, wrapping around, made current; null when nothing matches. */
    Event step(Event selected, int delta) {
        if (matches.isEmpty()) {
            return null;
        }
        int at = matches.indexOf(selected);
        int next = at < 0 ? (delta > 0 ? 0 : matches.size() - 1) : Math.floorMod(at + delta, matches.size());
        position.set(next);
        return matches.get(next);
    }

    /** Makes the selected event the current match when it is one. */
    void follow(Event selected) {
        int at = matches.indexOf(selected);
        if (at >= 0) {
            position.set(at);
        }
    }
}
