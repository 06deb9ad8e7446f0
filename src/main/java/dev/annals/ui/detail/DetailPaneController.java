package dev.annals.ui.detail;

import dev.annals.layout.DateLabels;
import dev.annals.model.DateMention;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import dev.annals.ui.model.TaskExecutor;
import dev.annals.ui.model.ExplorerModel;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;

/** Shows the selected event: date as the text states it, headline, full text, source, category, entity chips. */
public final class DetailPaneController {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final ExplorerModel model;
    private final TaskExecutor tasks;

    @FXML
    private ScrollPane detailRoot;
    @FXML
    private Label date;
    @FXML
    private Label headline;
    @FXML
    private TextArea text;
    @FXML
    private Label items;
    @FXML
    private Label source;
    @FXML
    private Label category;
    @FXML
    private Label otherDates;
    @FXML
    private FlowPane entities;
    @FXML
    private Button previous;
    @FXML
    private Button next;
    @FXML
    private Button showSource;

    public DetailPaneController(ExplorerModel model, TaskExecutor tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        model.selectedEventProperty().addListener((obs, old, now) -> show(now));
        model.entityFilterProperty().addListener((obs, old, now) -> show(model.getSelectedEvent()));
        show(model.getSelectedEvent());
    }

    private void show(Event e) {
        boolean none = e == null;
        date.setText(none ? "" : DateLabels.asStated(e));
        headline.setText(none ? "No event selected" : e.headline());
        text.setText(none ? "" : e.text());
        items.setText(none || e.items().isEmpty() ? ""
                : e.items().stream().map(i -> "•  " + i).collect(Collectors.joining("\n")));
        items.setVisible(!items.getText().isEmpty());
        items.setManaged(items.isVisible());
        source.setText(none ? "" : (e.section().isEmpty() ? "Introduction" : String.join(" › ", e.section()))
                + " · line " + e.source().line());
        category.setText(none ? "" : "Category: " + e.category()
                + (e.categoryCues().isEmpty() ? "" : " (" + String.join(", ", e.categoryCues()) + ")"));
        otherDates.setText(none || e.otherDates().isEmpty() ? ""
                : "Also mentions: " + e.otherDates().stream().map(DateMention::text).collect(Collectors.joining(", ")));
        otherDates.setVisible(!otherDates.getText().isEmpty());
        otherDates.setManaged(otherDates.isVisible());
        entities.getChildren().clear();
        if (!none) {
            chips(e.entities().countries(), "country");
            chips(e.entities().organisations(), "organisation");
            chips(e.entities().people(), "person");
        }
        int at = model.indexProperty().get().indexOf(e);
        previous.setDisable(none || at <= 0);
        next.setDisable(none || at < 0 || at >= model.shownEvents().size() - 1);
        showSource.setDisable(none);
        detailRoot.setAccessibleText(none ? "No event selected" : DateLabels.asStated(e) + ". " + e.headline());
    }

    private void chips(List<String> names, String kind) {
        for (String name : names) {
            ToggleButton chip = new ToggleButton(name);
            chip.getStyleClass().addAll("chip", kind);
            chip.setId("chip-" + name.replaceAll("\\W+", "-"));
            boolean active = name.equals(model.entityFilterProperty().get());
            chip.setSelected(active);
            chip.pseudoClassStateChanged(ACTIVE, active);
            chip.setAccessibleText(kind + " " + name + (active ? ", filtering the timeline" : ", press to show only its events"));
            chip.setOnAction(a -> model.entityFilterProperty().set(active ? null : name));
            entities.getChildren().add(chip);
        }
    }

    /** Gives the event's text the keyboard focus. */
    public void focus() {
        text.requestFocus();
    }

    @FXML
    private void previous() {
        model.selectPrevious();
    }

    @FXML
    private void next() {
        model.selectNext();
    }

    @FXML
    private void showInSource() {
        Event e = model.getSelectedEvent();
        Timeline t = model.getTimeline();
        if (e == null || t == null) {
            return;
        }
        Path file = model.fileProperty().get(); // read here: the model belongs to the UI thread
        tasks.run(() -> ArticleText.find(file, t).orElse(null),
                lines -> new SourceDialog(detailRoot.getScene().getWindow(), t, e, lines).show(),
                error -> new Alert(Alert.AlertType.ERROR, "The article could not be read: " + error.getMessage()).show());
    }
}
