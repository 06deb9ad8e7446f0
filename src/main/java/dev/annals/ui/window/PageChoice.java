package dev.annals.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** Asks which page of a MediaWiki export (a file of several articles) to open. */
final class PageChoice {
    private PageChoice() {
    }

    /** The title chosen, or empty when the user cancels. */
    static Optional<String> ask(Window owner, Path file, List<String> titles) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(titles.get(0), titles);
        dialog.initOwner(owner);
        dialog.setTitle("Annals");
        dialog.setHeaderText(file.getFileName() + " holds " + titles.size() + " articles");
        dialog.setContentText("Open the timeline of");
        dialog.getDialogPane().setId("page-choice");
        return dialog.showAndWait();
    }
}
