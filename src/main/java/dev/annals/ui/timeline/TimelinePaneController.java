package dev.annals.ui.timeline;

import dev.annals.model.Event;
import dev.annals.model.Timeline;
import dev.annals.ui.model.ExplorerModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;

/** The year axis and the overview strip under it, bound to the model; runs what the axis's keys ask for. */
public final class TimelinePaneController {
    private final ExplorerModel model;
    private Runnable onShowDetails = () -> { };

    @FXML
    private YearAxis timeline;
    @FXML
    private OverviewStrip overview;

    public TimelinePaneController(ExplorerModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        timeline.indexProperty().bind(model.indexProperty());
        timeline.periodsProperty().bind(model.timelineProperty().map(Timeline::periods).orElse(List.of()));
        timeline.windowProperty().bindBidirectional(model.visibleWindowProperty());
        timeline.selectedEventProperty().bindBidirectional(model.selectedEventProperty());
        timeline.selectedPeriodProperty().bindBidirectional(model.selectedPeriodProperty());
        timeline.highlightedProperty().bind(Bindings.createObjectBinding(() -> {
            Set<Event> matches = Collections.newSetFromMap(new IdentityHashMap<>());
            matches.addAll(model.matches());
            Predicate<Event> isMatch = matches::contains;
            return isMatch;
        }, model.matches()));
        timeline.setOnCommand(this::perform);
        overview.indexProperty().bind(model.indexProperty());
        overview.windowProperty().bindBidirectional(model.visibleWindowProperty());
    }

    /** What Enter on the axis does: the window moves the focus to the detail pane. */
    public void setOnShowDetails(Runnable action) {
        onShowDetails = action;
    }

    /** Gives the axis the keyboard focus. */
    public void focus() {
        timeline.requestFocus();
    }

    private void perform(AxisCommand command) {
        switch (command) {
            case PREVIOUS_EVENT -> model.selectPrevious();
            case NEXT_EVENT -> model.selectNext();
            case PREVIOUS_PERIOD -> model.selectPeriod(-1);
            case NEXT_PERIOD -> model.selectPeriod(1);
            case FIRST_EVENT -> model.selectFirst();
            case LAST_EVENT -> model.selectLast();
            case SHRINK_PERIOD -> model.extendSelection(-1);
            case EXTEND_PERIOD -> model.extendSelection(1);
            case CLEAR_PERIOD -> model.clearSelectedPeriod();
            case ZOOM_IN -> model.zoomIn();
            case ZOOM_OUT -> model.zoomOut();
            case FIT -> model.fitAll();
            case SHOW_DETAILS -> onShowDetails.run();
        }
    }
}
