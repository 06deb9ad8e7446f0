package dev.annals.ui.window;

import dev.annals.open.ManyPagesException;
import dev.annals.ui.model.TimelineOpener;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Opening files from the window: the file dialog, Open Recent, and what the user hears of an open
 * (an error dialog that keeps the open timeline, the recent list brought up to date). Reading goes
 * through the {@link TimelineOpener}, where the latest request wins.
 */
final class OpenFlow {
    private final TimelineOpener opener;
    private final Settings settings;
    private final StringProperty message;
    private final Supplier<Window> owner;
    private final Menu recentMenu;
    private Runnable onOpened = () -> { };

    OpenFlow(TimelineOpener opener, Settings settings, StringProperty message, Supplier<Window> owner, Menu recentMenu) {
        this.opener = opener;
        this.settings = settings;
        this.message = message;
        this.owner = owner;
        this.recentMenu = recentMenu;
        recentMenu.setOnShowing(e -> rebuildRecentMenu());
        rebuildRecentMenu();
    }

    /** What follows a successful open (the window focuses the timeline). */
    void setOnOpened(Runnable action) {
        onOpened = action;
    }

    /** Opens an article or timeline in the background; a file that cannot be read leaves the current one open. */
    void open(Path file) {
        open(file, null);
    }

    /** Opens {@code page} of a file of several articles (null: its only one, or ask which). */
    private void open(Path file, String page) {
        opener.open(file, page, () -> {
            message.set("");
            settings.addRecent(file);
            rebuildRecentMenu();
            onOpened.run();
        }, error -> {
            if (error instanceof ManyPagesException many) {
                // asked once this event is done: a modal dialog must not wait inside the open's callbacks
                Platform.runLater(() -> PageChoice.ask(owner.get(), file, many.titles()).ifPresent(title -> open(file, title)));
            } else {
                showError("Could not open " + file.getFileName(), error.getMessage() == null ? error.toString() : error.getMessage());
            }
        });
    }

    void openEmbedded() {
        message.set("");
        opener.openEmbedded();
    }

    /** Asks for a file, starting in the folder of the last one opened. */
    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an article or timeline");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles, timelines and spreadsheets", "*.txt", "*.json", "*.wiki",
                        "*.wikitext", "*.mediawiki", "*.xml", "*.html", "*.htm", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<Path> recent = settings.recentFiles();
        if (!recent.isEmpty() && recent.get(0).getParent() != null && recent.get(0).getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(recent.get(0).getParent().toFile());
        }
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Says what could not be opened and why; the open timeline stays. */
    void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("Annals");
        alert.setHeaderText(header);
        alert.setContentText(message + "\n\nThe timeline that was open stays open.");
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    /** The recent files, a file that is no longer there shown as such and not offered (checked each time the menu opens). */
    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : settings.recentFiles()) {
            boolean there = Files.isRegularFile(p);
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent() + (there ? "" : "  (not found)"));
            item.setDisable(!there);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }
}
