package dev.annals.ui.map;

import dev.annals.geo.MapDate;
import dev.annals.geo.PreparedMap;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.model.ExplorerModel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;

/**
 * Links the map pane to the model: the map of the open timeline (prepared in the background), the
 * membership on the selected event's date or as the article lists it, the event's countries outlined,
 * and a chosen country filtering the timeline to the events that mention it.
 */
public final class MapController {
    private static final System.Logger LOG = System.getLogger(MapController.class.getName());

    private final ExplorerModel model;
    private final TaskExecutor tasks;
    private final Function<Timeline, PreparedMap> preparation;
    private final Map<String, Integer> mentions = new HashMap<>();

    @FXML
    private MemberStateMap map;
    @FXML
    private ToggleButton asListed;
    @FXML
    private Label status;

    public MapController(ExplorerModel model, TaskExecutor tasks) {
        this(model, tasks, timeline -> PreparedMap.of(timeline.locator()));
    }

    /** With {@code preparation} making each timeline's map in the background (tests give one that fails). */
    MapController(ExplorerModel model, TaskExecutor tasks, Function<Timeline, PreparedMap> preparation) {
        this.model = model;
        this.tasks = tasks;
        this.preparation = preparation;
    }

    @FXML
    private void initialize() {
        model.timelineProperty().addListener((obs, old, now) -> prepare(now));
        map.dateProperty().bind(Bindings.createObjectBinding(this::date, model.selectedEventProperty(),
                asListed.selectedProperty()));
        map.outlinedProperty().bind(Bindings.createObjectBinding(() -> {
            Event e = model.getSelectedEvent();
            return e == null ? Set.<String>of() : Set.copyOf(e.entities().countries());
        }, model.selectedEventProperty()));
        map.chosenProperty().bind(model.entityFilterProperty());
        map.setOnCountryChosen(this::choose);
        map.mentionsProperty().set(name -> mentions.getOrDefault(name, 0));
        status.textProperty().bind(map.statusProperty());
        prepare(model.getTimeline());
    }

    /** Whether the map shows the member states as the article lists them instead of on the event's date. */
    public BooleanProperty membersAsListedProperty() {
        return asListed.selectedProperty();
    }

    /** A click or Enter on a country: filter to it, or back to all when it is the filter; never to nothing. */
    private void choose(String country) {
        if (country.equals(model.entityFilterProperty().get())) {
            model.entityFilterProperty().set(null);
        } else if (mentions.getOrDefault(country, 0) == 0) {
            map.tell("No event mentions " + country + ": the timeline is not filtered.");
        } else {
            model.entityFilterProperty().set(country);
        }
    }

    private void prepare(Timeline timeline) {
        map.dataProperty().set(null);
        map.placeholderProperty().set("Preparing the map…");
        mentions.clear();
        if (timeline == null) {
            return;
        }
        record Prepared(PreparedMap data, Map<String, Integer> mentions) { }
        tasks.run(() -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Event e : timeline.events()) {
                e.entities().countries().forEach(c -> counts.merge(c, 1, Integer::sum));
            }
            return new Prepared(preparation.apply(timeline), counts);
        }, prepared -> {
            if (model.getTimeline() == timeline) {
                PreparedMap data = prepared.data();
                mentions.putAll(prepared.mentions());
                LOG.log(System.Logger.Level.INFO, "map: " + data.locator().summary());
                data.locator().unmatched().forEach(name ->
                        LOG.log(System.Logger.Level.WARNING, "map: no shape for '" + name + "'"));
                map.dataProperty().set(data);
            }
        }, error -> {
            LOG.log(System.Logger.Level.ERROR, "map: could not be prepared", error);
            if (model.getTimeline() == timeline) {
                map.placeholderProperty().set("The map could not be prepared: " + reason(error));
            }
        });
    }

    /** The message of a failure, not of the wrapper that only repeats it ("java.io.IOException: …"). */
    private static String reason(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Membership on the selected event's date (as of the first day a month or year can mean), or as listed. */
    private MapDate date() {
        Event e = model.getSelectedEvent();
        return asListed.isSelected() ? MapDate.asListed() : e == null ? MapDate.today(LocalDate.now()) : MapDate.of(e.start());
    }

    /** Shows the whole map again. */
    @FXML
    public void resetView() {
        map.resetView();
    }

    @FXML
    private void zoomIn() {
        map.zoomBy(MapInput.ZOOM_STEP);
    }

    @FXML
    private void zoomOut() {
        map.zoomBy(1 / MapInput.ZOOM_STEP);
    }
}
