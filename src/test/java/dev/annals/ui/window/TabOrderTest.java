package dev.annals.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tab walks the window in reading order: search and filters, the timeline, the details, the list. */
@ExtendWith(ApplicationExtension.class)
class TabOrderTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindows.showEmbedded(stage);
    }

    /** The id of the focused node or of its nearest ancestor that has one. */
    private String focusedPane() {
        for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
        }
        return "?";
    }

    @Test
    void tabVisitsEveryStopOnceInReadingOrderAndComesBack(FxRobot robot) {
        robot.interact(() -> robot.lookup("#search").query().requestFocus());
        List<String> visited = new ArrayList<>();
        do {
            visited.add(focusedPane());
            robot.type(KeyCode.TAB);
        } while (!focusedPane().equals("search") && visited.size() < 40);

        // the first event's chips: Belarus, NATO, Partnership for Peace; "← Previous" is disabled on it
        assertThat(visited).containsExactly("search", "category-filter", "entity-choice", "timeline", "detail-text",
                "chip-Belarus", "chip-NATO", "chip-Partnership-for-Peace", "detail-next", "show-source",
                "event-table", "map-as-listed", "map-zoom-out", "map-zoom-in", "map-reset", "map", "export-period");
    }
}
