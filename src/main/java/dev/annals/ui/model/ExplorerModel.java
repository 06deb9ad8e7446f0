package dev.annals.ui.model;

import dev.annals.layout.EventIndex;
import dev.annals.layout.EventPlace;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import dev.annals.model.Period;
import dev.annals.model.Timeline;
import dev.annals.layout.PeriodIndex;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The one model every view of the window binds to: the open timeline, what the filters let through,
 * what is visible, what is selected, what the search matched. Views change it only through its
 * properties and its navigation methods, so they never need to call each other. It needs no toolkit:
 * work on large timelines goes through a {@link TaskExecutor}, the latest filtering and search winning.
 */
public final class ExplorerModel {
    private static final System.Logger LOG = System.getLogger(ExplorerModel.class.getName());
    /** Up to this many events are filtered and searched on the spot; more in the background. */
    private static final int AT_ONCE = 20_000;
    /** How far one zoom step goes. */
    static final double ZOOM_STEP = 2;
    /** Share of the visible window kept clear around a revealed event. */
    private static final double REVEAL_MARGIN = 0.06;

    // --- what is open
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final DocumentState document = new DocumentState();

    // --- filters
    private final ObservableSet<String> hiddenCategories = FXCollections.observableSet();
    private final ObjectProperty<String> entityFilter = new SimpleObjectProperty<>(this, "entityFilter");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");

    // --- derived from timeline and filters
    private final ReadOnlyObjectWrapper<EventIndex> index = new ReadOnlyObjectWrapper<>(this, "index",
            new EventIndex(List.of()));
    private final ObservableList<Event> shownEvents = FXCollections.observableArrayList();

    // --- view state
    private final ObjectProperty<TimeWindow> visibleWindow = new SimpleObjectProperty<>(this, "visibleWindow",
            new EventIndex(List.of()).fittingWindow());
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<PeriodSelection> selectedPeriod = new SimpleObjectProperty<>(this, "selectedPeriod");
    /** Where a Shift+arrow selection started. */
    private Event selectionAnchor;
    private final LatestOnly filterings;
    private final SearchMatches matches;
    /** The open timeline with what is derived from all its events. */
    private OpenedTimeline opened = OpenedTimeline.NONE;
    /** The periods against the shown events. */
    private PeriodIndex periodIndex = PeriodIndex.empty();
    /** Set while a new timeline's state is put in place, when filter changes are not the user's. */
    private boolean opening;

    /** A model whose large filterings and searches run at once, on the caller's thread (for tests). */
    public ExplorerModel() {
        this(TaskExecutor.direct());
    }

    /** @param tasks where filterings and searches of large timelines run, and where their results come back */
    public ExplorerModel(TaskExecutor tasks) {
        filterings = new LatestOnly(tasks);
        matches = new SearchMatches(tasks, AT_ONCE);
        timeline.addListener((obs, old, now) -> startOver());
        hiddenCategories.addListener((SetChangeListener<String>) c -> refilter());
        entityFilter.addListener((obs, old, now) -> refilter());
        searchText.addListener((obs, old, now) -> research());
        selectedEvent.addListener((obs, old, now) -> {
            if (now != null) {
                reveal(now);
                matches.follow(now);
            }
        });
    }

    // --- accessors

    /**
     * Shows a timeline whose derived parts were made beforehand (off the UI thread), read from
     * {@code source} (null for the embedded one): the one way a timeline is opened. Nothing of the old
     * timeline is kept; the first event is selected and the whole span shown.
     */
    public void open(OpenedTimeline timeline, Path source) {
        opened = timeline;
        file.set(source);
        document.reset(null);
        if (this.timeline.get() == timeline.timeline()) {
            startOver();
        } else {
            this.timeline.set(timeline.timeline()); // startOver runs first, so views see the new state
        }
    }

    private void startOver() {
        opening = true;
        try {
            selectedEvent.set(null); // nothing of the old timeline to keep, or to look for among the new events
            selectedPeriod.set(null);
            selectionAnchor = null;
            hiddenCategories.clear();
            entityFilter.set(null);
            searchText.set("");
        } finally {
            opening = false;
        }
        refilter();
        selectedEvent.set(shownEvents.isEmpty() ? null : shownEvents.get(0));
        fitAll();
    }

    /** The open timeline; {@link #open} changes it. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** Whether the timeline shown has unsaved changes, and where Save writes it. */
    public DocumentState document() {
        return document;
    }

    /** The file the timeline came from; null for the embedded one. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
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
        return matches.list();
    }

    /** Which match is the current one (0-based), or -1. */
    public IntegerProperty matchPositionProperty() {
        return matches.positionProperty();
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
        Event selected = selectedEvent.get();
        int current = selected == null ? -1 : periodIndex.periodOf(selected);
        int target = current < 0 ? (delta > 0 ? 0 : periodIndex.size() - 1) : current + delta;
        for (; target >= 0 && target < periodIndex.size(); target += delta) {
            Event first = periodIndex.firstShown(target);
            if (first != null) {
                Period p = periodIndex.period(target);
                select(first);
                visibleWindow.set(TimeWindow.around(p.start().firstDay().toEpochDay(),
                        p.end().lastDay().toEpochDay() + 1, 0.15));
                return;
            }
        }
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
        selectedPeriod.set(PeriodSelection.spanning(index.get(), shownEvents.subList(Math.min(a, next), Math.max(a, next) + 1)));
    }

    /** Selects the period [from, to) of days: the shown events whose marker lies within it. */
    public void selectTime(double from, double to) {
        selectionAnchor = null;
        selectedPeriod.set(PeriodSelection.between(index.get(), from, to));
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
        Event next = matches.step(selectedEvent.get(), delta);
        if (next != null) {
            select(next);
        }
    }

    // --- filtering

    /**
     * Shows the events that pass the filters: at once when that is quick, else worked out in the
     * background, where a filtering overtaken by a newer one is dropped when it ends.
     */
    private void refilter() {
        if (opening) {
            return;
        }
        Timeline t = timeline.get();
        EventFilter filter = new EventFilter(hiddenCategories, entityFilter.get());
        if (t == null || filter.passesAll()) {
            filterings.supersede();
            show(opened.index(), opened.periods());
        } else if (t.events().size() <= AT_ONCE) {
            filterings.supersede();
            EventIndex passed = filter.apply(t);
            show(passed, new PeriodIndex(t.periods(), passed.events()));
        } else {
            record Filtered(EventIndex events, PeriodIndex periods) { }
            filterings.run(() -> {
                EventIndex passed = filter.apply(t);
                return new Filtered(passed, new PeriodIndex(t.periods(), passed.events()));
            }, done -> show(done.events(), done.periods()), error -> LOG.log(Level.ERROR, "filtering failed", error));
        }
    }

    private void show(EventIndex shown, PeriodIndex periods) {
        index.set(shown);
        periodIndex = periods;
        shownEvents.setAll(shown.events());
        Event selected = selectedEvent.get();
        if (selected != null && shown.indexOf(selected) < 0) {
            selectedEvent.set(shown.size() == 0 ? null : EventFilter.nearest(shown, selected));
        }
        PeriodSelection period = selectedPeriod.get();
        if (period != null) {
            selectTime(period.window().start(), period.window().end());
        }
        research();
    }

    /** Finds the matches of the search text among the shown events (see {@link SearchMatches}). */
    private void research() {
        if (!opening) {
            matches.search(searchText.get(), index.get().events(), selectedEvent::get);
        }
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
