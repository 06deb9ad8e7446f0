package dev.annals.ui;

import dev.annals.model.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The main window: for now the open timeline's title and how many events it holds. */
public final class MainWindowController {
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>(this, "timeline");

    @FXML
    private Label titleLabel;
    @FXML
    private Label countLabel;

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(timeline.map(Timeline::title).orElse("Loading…"));
        countLabel.textProperty().bind(timeline.map(t -> t.events().size() + " events, "
                + t.periods().size() + " periods").orElse(""));
    }

    /** The timeline the window shows. */
    public ObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }
}
