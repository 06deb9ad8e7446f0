package dev.annals.ui.detail;

import dev.annals.model.Event;
import dev.annals.model.Timeline;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The article's text with the event's sentence selected and scrolled into view. */
final class SourceDialog {
    private final Alert alert;

    SourceDialog(Window owner, Timeline timeline, Event event, List<String> lines) {
        alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setResizable(true);
        String file = timeline.source() == null ? timeline.title() : timeline.source().file();
        alert.setTitle(file + " — line " + event.source().line());
        alert.setHeaderText(timeline.title() + ", line " + event.source().line() + ", column " + event.source().column());
        TextArea area = new TextArea();
        area.setId("source-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(760, 480);
        VBox box = new VBox(8);
        if (lines == null || event.source().line() > lines.size()) {
            box.getChildren().add(new Label("The article file " + file + " was not found next to the timeline, "
                    + "so only the sentence itself is shown."));
            area.setText(event.text());
            box.getChildren().add(area);
            alert.getDialogPane().setContent(box);
            Platform.runLater(area::selectAll);
            return;
        }
        area.setText(String.join("\n", lines));
        box.getChildren().add(area);
        alert.getDialogPane().setContent(box);
        int offset = 0;
        for (int i = 0; i < event.source().line() - 1; i++) {
            offset += lines.get(i).length() + 1;
        }
        int from = Math.min(area.getLength(), offset + event.source().column() - 1);
        int to = Math.min(area.getLength(), from + event.source().length());
        Platform.runLater(() -> {
            area.requestFocus();
            area.selectRange(from, to);
        });
    }

    void show() {
        alert.show();
    }
}
