package dev.annals.ui.map;

import dev.annals.geo.LocatorMap;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import dev.annals.model.Timeline;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.model.ExplorerModel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ToggleButton;

/**
 * Links the map panel to the model: the map of the open timeline (prepared in the background), the
 * membership on the selected event's date or as the article lists it, the event's countries outlined,
 * and a click on a country filtering the timeline to the events that mention it.
 */
public final class MapController {
    private static final System.Logger LOG = System.getLogger(MapController.class.getName());

    private final ExplorerModel model;
    private final TaskExecutor tasks;
    private final Map<String, Integer> mentions = new HashMap<>();

    @FXML
    private MapPanel map;
    @FXML
    private ToggleButton asListed;

    public MapController(ExplorerModel model, TaskExecutor tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        model.timelineProperty().addListener((obs, old, now) -> prepare(now));
        map.membersProperty().bind(Bindings.createObjectBinding(this::members,
                map.dataProperty(), model.selectedEventProperty(), asListed.selectedProperty()));
        map.titleProperty().bind(Bindings.createStringBinding(this::title,
                map.dataProperty(), model.selectedEventProperty(), asListed.selectedProperty()));
        map.outlinedProperty().bind(Bindings.createObjectBinding(() -> {
            Event e = model.getSelectedEvent();
            return e == null ? Set.<String>of() : Set.copyOf(e.entities().countries());
        }, model.selectedEventProperty()));
        map.chosenProperty().bind(model.entityFilterProperty());
        map.setOnCountryChosen(name -> model.entityFilterProperty().set(name.equals(model.entityFilterProperty().get()) ? null : name));
        map.mentionsProperty().set(name -> mentions.getOrDefault(name, 0));
        prepare(model.getTimeline());
    }

    private void prepare(Timeline timeline) {
        map.dataProperty().set(null);
        mentions.clear();
        if (timeline == null) {
            return;
        }
        record Prepared(MapData data, Map<String, Integer> mentions) { }
        tasks.run(() -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Event e : timeline.events()) {
                e.entities().countries().forEach(c -> counts.merge(c, 1, Integer::sum));
            }
            return new Prepared(MapData.prepare(timeline), counts);
        }, prepared -> {
            if (model.getTimeline() == timeline) {
                MapData data = prepared.data();
                mentions.putAll(prepared.mentions());
                LOG.log(System.Logger.Level.INFO, "map: " + data.locator().summary());
                data.locator().unmatched().forEach(name ->
                        LOG.log(System.Logger.Level.WARNING, "map: no shape for '" + name + "'"));
                map.dataProperty().set(data);
            }
        }, error -> LOG.log(System.Logger.Level.ERROR, "map: could not be prepared", error));
    }

    /** The day the map shows membership on: the first day the selected event's date can mean. */
    private LocalDate day() {
        Event e = model.getSelectedEvent();
        return e == null ? LocalDate.now() : e.start().firstDay();
    }

    private Set<String> members() {
        MapData data = map.getData();
        if (data == null) {
            return Set.of();
        }
        LocatorMap locator = data.locator();
        return asListed.isSelected() ? locator.membersAsListed() : locator.membersOn(day());
    }

    private String title() {
        MapData data = map.getData();
        if (data == null) {
            return "";
        }
        String organisation = data.locator().locator().organisation();
        if (organisation == null) {
            return "Countries named in the selected event";
        }
        int n = members().size();
        Event e = model.getSelectedEvent();
        // A date known only to the month or year shows membership as of its first day, and says so.
        String day = PartialDate.ofDay(day()).toText();
        String when = asListed.isSelected() || data.locator().membership().isEmpty() ? " as the article lists them"
                : e == null ? " today" : e.start().precision() == Precision.DAY ? " on " + day : " as of " + day;
        return organisation + when + " · " + n + (n == 1 ? " member" : " members");
    }

    @FXML
    private void resetView() {
        map.resetView();
    }

    @FXML
    private void zoomIn() {
        map.zoomBy(1.5);
    }

    @FXML
    private void zoomOut() {
        map.zoomBy(1 / 1.5);
    }
}
