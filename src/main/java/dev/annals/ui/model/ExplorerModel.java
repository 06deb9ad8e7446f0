package dev.annals.ui.model;

import dev.annals.layout.EventIndex;
import dev.annals.layout.EventPlace;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import dev.annals.model.Period;
import dev.annals.model.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.Set;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The one model every view of the window binds to: the open timeline, what the filters let through,
 * what is visible, what is selected, what the search matched. Views change it only through its
 * properties and its navigation methods, so they never need to call each other.
 */
public final class ExplorerModel {
    /** Up to this many events are filtered and searched on the spot; more in the background. */
    private static final int AT_ONCE = 20_000;
    /** How far one zoom step goes. */
    static final double ZOOM_STEP = 2;
    /** Share of the visible window kept clear around a revealed event. */
    private static final double REVEAL_MARGIN = 0.06;

    // --- what is open
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>(this, "timeline");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");

    // --- filters
    private final ObservableSet<String> hiddenCategories = FXCollections.observableSet();
    private final ObjectProperty<String> entityFilter = new SimpleObjectProperty<>(this, "entityFilter");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");

    // --- derived from timeline and filters
    private final ReadOnlyObjectWrapper<EventIndex> index = new ReadOnlyObjectWrapper<>(this, "index",
            new EventIndex(List.of()));
    private final ObservableList<Event> shownEvents = FXCollections.observableArrayList();
    private final ObservableList<Event> matches = FXCollections.observableArrayList();
    private final IntegerProperty matchPosition = new SimpleIntegerProperty(this, "matchPosition", -1);

    // --- view state
    private final ObjectProperty<TimeWindow> visibleWindow = new SimpleObjectProperty<>(this, "visibleWindow",
            new EventIndex(List.of()).fittingWindow());
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<PeriodSelection> selectedPeriod = new SimpleObjectProperty<>(this, "selectedPeriod");
    /** Where a Shift+arrow selection started. */
    private Event selectionAnchor;
    /** Counts searches, so a slow one finishing after a newer one is ignored. */
    private long searchGeneration;
    /** Counts filterings, likewise. */
    private long filterGeneration;
    /** The open timeline with what is derived from all its events. */
    private OpenedTimeline opened = OpenedTimeline.NONE;
    private final Executor background;

    /** A model whose large filterings and searches run at once, on the caller's thread (for tests). */
    public ExplorerModel() {
        this(Runnable::run);
    }

    /** @param background where filterings and searches of large timelines run */
    public ExplorerModel(Executor background) {
        this.background = background;
        timeline.addListener((obs, old, now) -> {
            if (opened.timeline() != now) {
                opened = OpenedTimeline.of(now); // set directly (the embedded timeline): small, so derived here
            }
            selectedEvent.set(null); // nothing of the old timeline to keep, or to look for among the new events
            selectedPeriod.set(null);
            hiddenCategories.clear();
            entityFilter.set(null);
            searchText.set("");
            refilter();
            selectedEvent.set(shownEvents.isEmpty() ? null : shownEvents.get(0));
            fitAll();
        });
        hiddenCategories.addListener((javafx.collections.SetChangeListener<String>) c -> refilter());
        entityFilter.addListener((obs, old, now) -> refilter());
        searchText.addListener((obs, old, now) -> research());
        selectedEvent.addListener((obs, old, now) -> {
            if (now != null) {
                reveal(now);
                int at = matches.indexOf(now);
                if (at >= 0) {
                    matchPosition.set(at);
                }
            }
        });
    }

    // --- accessors

    /**
     * Opens a timeline whose derived parts were made beforehand (off the UI thread), read from
     * {@code source} (null for the embedded one).
     */
    public void open(OpenedTimeline timeline, Path source) {
        opened = timeline;
        file.set(source);
        this.timeline.set(timeline.timeline());
    }

    /** The open timeline. */
    public ObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    /** The file the timeline came from; null for the embedded one. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Categories the user has switched off. */
    public ObservableSet<String> hiddenCategories() {
        return hiddenCategories;
    }

    /** A country, organisation or person the events must mention; null for no filter. */
    public ObjectProperty<String> entityFilterProperty() {
        return entityFilter;
    }

    /** What the search field holds. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The shown events in timeline order, indexed for the axis. */
    public ReadOnlyObjectProperty<EventIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The events the filters let through, in timeline order. */
    public ObservableList<Event> shownEvents() {
        return shownEvents;
    }

    /** The shown events that match the search, in timeline order. */
    public ObservableList<Event> matches() {
        return matches;
    }

    /** Which match is the current one (0-based), or -1. */
    public IntegerProperty matchPositionProperty() {
        return matchPosition;
    }

    /** The stretch of time the axis shows. */
    public ObjectProperty<TimeWindow> visibleWindowProperty() {
        return visibleWindow;
    }

    /** The event the detail pane shows. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The period chosen for export, or null. */
    public ObjectProperty<PeriodSelection> selectedPeriodProperty() {
        return selectedPeriod;
    }

    public Timeline getTimeline() {
        return timeline.get();
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public TimeWindow getVisibleWindow() {
        return visibleWindow.get();
    }

    public List<Period> periods() {
        return timeline.get() == null ? List.of() : timeline.get().periods();
    }

    // --- navigation

    public void selectNext() {
        step(1);
    }

    public void selectPrevious() {
        step(-1);
    }

    public void selectFirst() {
        if (!shownEvents.isEmpty()) {
            select(shownEvents.get(0));
        }
    }

    public void selectLast() {
        if (!shownEvents.isEmpty()) {
            select(shownEvents.get(shownEvents.size() - 1));
        }
    }

    /** Selects an event and forgets any Shift+arrow anchor. */
    public void select(Event e) {
        selectionAnchor = null;
        selectedEvent.set(e);
    }

    private void step(int delta) {
        if (shownEvents.isEmpty()) {
            return;
        }
        int at = index.get().indexOf(selectedEvent.get());
        int next = at < 0 ? (delta > 0 ? 0 : shownEvents.size() - 1)
                : Math.max(0, Math.min(shownEvents.size() - 1, at + delta));
        select(shownEvents.get(next));
    }

    /** Moves to the first event of the next (or previous) period and shows that period. */
    public void selectPeriod(int delta) {
        List<Period> periods = periods();
        if (periods.isEmpty() || shownEvents.isEmpty()) {
            return;
        }
        int current = currentPeriod();
        int target = current < 0 ? (delta > 0 ? 0 : periods.size() - 1) : current + delta;
        while (target >= 0 && target < periods.size()) {
            Period p = periods.get(target);
            Event first = firstEventIn(p);
            if (first != null) {
                select(first);
                visibleWindow.set(TimeWindow.around(p.start().firstDay().toEpochDay(),
                        p.end().lastDay().toEpochDay() + 1, 0.15));
                return;
            }
            target += delta;
        }
    }

    /** The period the selected event belongs to: the last one its section path or date places it in. */
    private int currentPeriod() {
        Event e = selectedEvent.get();
        if (e == null) {
            return -1;
        }
        List<Period> periods = periods();
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (e.section().contains(sectionLabelOf(periods.get(i)))) {
                return i;
            }
        }
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (!periods.get(i).start().firstDay().isAfter(e.start().firstDay())) {
                return i;
            }
        }
        return -1;
    }

    /** The heading text of a period as it stands in events' section paths. */
    private String sectionLabelOf(Period p) {
        for (Event e : shownEvents) {
            for (String heading : e.section()) {
                if (heading.replace('-', '–').equals(p.label())) {
                    return heading;
                }
            }
        }
        return p.label();
    }

    private Event firstEventIn(Period p) {
        String label = sectionLabelOf(p);
        for (Event e : shownEvents) {
            if (e.section().contains(label)) {
                return e;
            }
        }
        for (Event e : shownEvents) {
            if (!e.start().firstDay().isBefore(p.start().firstDay()) && !e.start().firstDay().isAfter(p.end().lastDay())) {
                return e;
            }
        }
        return null;
    }

    /**
     * Grows or shrinks the selected period by one event ({@code delta} +1 or -1), keeping the event where
     * it started as its anchor; the selected event moves with it.
     */
    public void extendSelection(int delta) {
        Event current = selectedEvent.get();
        if (current == null || shownEvents.isEmpty()) {
            return;
        }
        Event anchor = selectionAnchor != null && index.get().indexOf(selectionAnchor) >= 0 ? selectionAnchor : current;
        int at = index.get().indexOf(current);
        int next = Math.max(0, Math.min(shownEvents.size() - 1, at + delta));
        Event moved = shownEvents.get(next);
        selectedEvent.set(moved);
        selectionAnchor = anchor;
        int a = index.get().indexOf(anchor);
        selectedPeriod.set(periodOf(shownEvents.subList(Math.min(a, next), Math.max(a, next) + 1)));
    }

    /** Selects the period [from, to) of days: the shown events whose marker lies within it. */
    public void selectTime(double from, double to) {
        selectionAnchor = null;
        selectedPeriod.set(PeriodSelection.between(index.get(), from, to));
    }

    private PeriodSelection periodOf(List<Event> events) {
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (Event e : events) {
            EventPlace p = index.get().place(e);
            from = Math.min(from, p.begin());
            to = Math.max(to, p.end());
        }
        return new PeriodSelection(new TimeWindow(from, to), events);
    }

    public void clearSelectedPeriod() {
        selectionAnchor = null;
        selectedPeriod.set(null);
    }

    // --- zoom

    public void zoomIn() {
        zoom(1 / ZOOM_STEP);
    }

    public void zoomOut() {
        zoom(ZOOM_STEP);
    }

    /** Zooms around the selected event when it is visible, else around the centre. */
    private void zoom(double factor) {
        TimeWindow w = visibleWindow.get();
        Event e = selectedEvent.get();
        double anchor = w.centre();
        if (e != null) {
            double marker = index.get().place(e).marker();
            if (w.contains(marker)) {
                anchor = marker;
            }
        }
        visibleWindow.set(w.zoom(factor, anchor));
    }

    /** Shows every shown event. */
    public void fitAll() {
        visibleWindow.set(index.get().fittingWindow());
    }

    private void reveal(Event e) {
        EventPlace p = index.get().place(e);
        TimeWindow w = visibleWindow.get();
        visibleWindow.set(w.reveal(p.marker(), p.marker(), w.span() * REVEAL_MARGIN));
    }

    // --- search

    public void nextMatch() {
        moveMatch(1);
    }

    public void previousMatch() {
        moveMatch(-1);
    }

    private void moveMatch(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        int at = matches.indexOf(selectedEvent.get());
        int next = at < 0 ? (delta > 0 ? 0 : matches.size() - 1) : Math.floorMod(at + delta, matches.size());
        matchPosition.set(next);
        select(matches.get(next));
    }

    /** True when the event matches the search text (headline, text, date, section, entities or items), ignoring case. */
    public Predicate<Event> matcher() {
        String q = searchText.get().strip();
        if (q.isEmpty()) {
            return e -> false;
        }
        return e -> contains(e.text(), q) || contains(e.headline(), q) || contains(e.start().toText(), q)
                || anyContains(e.section(), q) || anyContains(e.items(), q) || anyContains(e.entities().countries(), q)
                || anyContains(e.entities().organisations(), q) || anyContains(e.entities().people(), q);
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

    // --- filtering

    /** Shows the events that pass the filters: at once when that is quick, else worked out in the background. */
    private void refilter() {
        Timeline t = timeline.get();
        Set<String> hidden = Set.copyOf(hiddenCategories);
        String entity = entityFilter.get();
        long generation = ++filterGeneration;
        if (t == null || hidden.isEmpty() && entity == null) {
            show(opened.index());
        } else if (t.events().size() <= AT_ONCE) {
            show(filtered(t, hidden, entity));
        } else {
            background.execute(() -> {
                EventIndex passed = filtered(t, hidden, entity);
                Platform.runLater(() -> {
                    if (generation == filterGeneration) {
                        show(passed);
                    }
                });
            });
        }
    }

    private static EventIndex filtered(Timeline t, Set<String> hidden, String entity) {
        List<Event> passed = new ArrayList<>();
        for (Event e : t.events()) {
            if (!hidden.contains(e.category()) && (entity == null || e.entities().mentions(entity))) {
                passed.add(e);
            }
        }
        return new EventIndex(passed);
    }

    private void show(EventIndex shown) {
        index.set(shown);
        shownEvents.setAll(shown.events());
        Event selected = selectedEvent.get();
        if (selected != null && shown.indexOf(selected) < 0) {
            selectedEvent.set(shown.size() == 0 ? null : nearest(shown, selected));
        }
        PeriodSelection period = selectedPeriod.get();
        if (period != null) {
            selectTime(period.window().start(), period.window().end());
        }
        research();
    }

    /** The shown event closest in time to one that was filtered away. */
    private static Event nearest(EventIndex shown, Event gone) {
        double day = EventPlace.of(gone).marker();
        int k = Math.min(shown.firstAtOrAfter(day), shown.size() - 1);
        if (k > 0 && day - shown.placeByRank(k - 1).marker() < shown.placeByRank(k).marker() - day) {
            k--;
        }
        return shown.byRank(k);
    }

    /**
     * Finds the matches of the search text: at once for an article-sized timeline, in the background for
     * a large one, so typing never waits; a search overtaken by the next key press is dropped.
     */
    private void research() {
        long generation = ++searchGeneration;
        if (searchText.get().isBlank()) {
            showMatches(List.of());
            return;
        }
        Predicate<Event> m = matcher();
        List<Event> events = index.get().events();
        if (events.size() <= AT_ONCE) {
            showMatches(find(events, m));
            return;
        }
        background.execute(() -> {
            List<Event> found = find(events, m);
            Platform.runLater(() -> {
                if (generation == searchGeneration) {
                    showMatches(found);
                }
            });
        });
    }

    private static List<Event> find(List<Event> events, Predicate<Event> m) {
        List<Event> found = new ArrayList<>();
        for (Event e : events) {
            if (m.test(e)) {
                found.add(e);
            }
        }
        return found;
    }

    private void showMatches(List<Event> found) {
        matches.setAll(found);
        matchPosition.set(found.isEmpty() ? -1 : Math.max(0, found.indexOf(selectedEvent.get())));
    }

    /** Every country, organisation and person the open timeline names, the most mentioned first. */
    public List<String> entities() {
        return opened.entities();
    }

    /** The categories of the open timeline, sorted. */
    public List<String> categories() {
        return opened.categories();
    }
}
