package dev.annals.ui.window;

import dev.annals.ui.detail.DetailPaneController;
import dev.annals.ui.export.PeriodExporter;
import dev.annals.ui.map.MapController;
import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TimelineOpener;
import dev.annals.ui.timeline.TimelinePaneController;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The main window: its menus, the window-wide shortcuts, the layout it remembers, and the wiring of
 * its panes, each an {@code fx:include} with a controller of its own (tool bar, timeline, detail pane,
 * event list, map, status bar). The panes share the {@link ExplorerModel} and never call each other;
 * where one hands the keyboard focus to another, this controller connects them.
 */
public final class MainWindowController {
    private final ExplorerModel model;
    private final Settings settings;
    private final TimelineOpener opener;
    private final PeriodExporter exporter;
    private final StringProperty message;
    private OpenFlow openFlow;
    private ArticlePaste articlePaste;

    @FXML
    private BorderPane root;
    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem exportItem;
    @FXML
    private RadioMenuItem lightTheme;
    @FXML
    private RadioMenuItem darkTheme;
    @FXML
    private SplitPane verticalSplit;
    @FXML
    private SplitPane mainSplit;
    @FXML
    private Node detail;
    @FXML
    private Node eventList;
    @FXML
    private ToolBarController toolBarController;
    @FXML
    private TimelinePaneController timelinePaneController;
    @FXML
    private DetailPaneController detailController;
    @FXML
    private MapController mapPaneController;
    @FXML
    private CheckMenuItem mapAsListedItem;
    @FXML
    private MenuItem mapResetItem;

    /** @param message what the status bar says last (an export written; cleared when a file opens) */
    public MainWindowController(ExplorerModel model, Settings settings, TimelineOpener opener, PeriodExporter exporter,
            StringProperty message) {
        this.model = model;
        this.settings = settings;
        this.opener = opener;
        this.exporter = exporter;
        this.message = message;
    }

    @FXML
    private void initialize() {
        openFlow = new OpenFlow(opener, settings, message, this::window, recentMenu);
        openFlow.setOnOpened(timelinePaneController::focus);
        installKeys();
        installDragAndDrop();
        articlePaste = new ArticlePaste(opener, openFlow::showError);
        articlePaste.install(root);
        // The map's commands in the View menu act on the map pane, whose controller FXML nests here.
        mapAsListedItem.selectedProperty().bindBidirectional(mapPaneController.membersAsListedProperty());
        mapResetItem.setOnAction(e -> mapPaneController.resetView());
        exportItem.disableProperty().bind(exporter.runningProperty().or(model.timelineProperty().isNull()));
        Theme theme = Theme.named(settings.getTheme());
        (theme == Theme.DARK ? darkTheme : lightTheme).setSelected(true);
        verticalSplit.setDividerPositions(settings.getDouble("split.vertical", 0.45));
        mainSplit.setDividerPositions(settings.getDouble("split.main", 0.3), settings.getDouble("split.map", 0.66));
    }

    /**
     * The window's own keys are only those no focused control uses ({@code /} and {@code ?} outside text
     * fields, F1 and Ctrl+…); each pane handles its own plain keys, so a key acts once and where the user is.
     * Menu items show the keys of the panes (see {@link KeyHint}).
     */
    private void installKeys() {
        for (Menu menu : menuBar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getUserData() instanceof String key) {
                    item.setAccelerator(new KeyHint(key));
                }
            }
        }
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (typing()) {
                return;
            }
            switch (e.getCharacter()) {
                case "/" -> focusSearch();
                case "?" -> showShortcuts();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        timelinePaneController.setOnShowDetails(this::focusDetail);
        toolBarController.setOnSearchDone(timelinePaneController::focus);
        for (Node pane : List.of(detail, eventList)) {
            pane.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    timelinePaneController.focus();
                    e.consume();
                }
            });
        }
    }

    /** True while the user is typing into a text field, where {@code /} and {@code ?} are text. */
    private boolean typing() {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl t && t.isEditable();
    }

    private void installDragAndDrop() {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                openFile(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Opens an article or timeline in the background; a file that cannot be read leaves the current one open. */
    public void openFile(Path file) {
        openFlow.open(file);
    }

    /** Opens the timeline that ships with Annals. */
    public void openEmbedded() {
        openFlow.openEmbedded();
    }

    /** The window's PDF export, for tests that choose the file without a native dialog. */
    public PeriodExporter exporter() {
        return exporter;
    }

    /** Saves what the window should look like next time, and which file it had open. */
    public void saveLayout() {
        settings.setLastOpened(model.fileProperty().get());
        settings.putDouble("split.vertical", verticalSplit.getDividerPositions()[0]);
        settings.putDouble("split.main", mainSplit.getDividerPositions()[0]);
        settings.putDouble("split.map", mainSplit.getDividerPositions()[1]);
        settings.setTheme(theme().name());
    }

    /** The theme chosen in the menu, to apply when the scene is made. */
    public Theme theme() {
        return darkTheme.isSelected() ? Theme.DARK : Theme.LIGHT;
    }

    // --- File

    @FXML
    private void open() {
        openFlow.chooseAndOpen();
    }

    @FXML
    private void openExample() {
        openFlow.openEmbedded();
    }

    /** File › Paste Article: the same as Ctrl+V on the window, for those who look in the menus. */
    @FXML
    private void pasteArticle() {
        articlePaste.paste(Clipboard.getSystemClipboard().getString());
    }

    @FXML
    private void exportPeriod() {
        exporter.exportInteractively(window());
    }

    @FXML
    private void quit() {
        Window w = window();
        if (w != null) {
            w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
        Platform.exit();
    }

    // --- View

    @FXML
    private void zoomIn() {
        model.zoomIn();
    }

    @FXML
    private void zoomOut() {
        model.zoomOut();
    }

    @FXML
    private void fitAll() {
        model.fitAll();
    }

    @FXML
    private void focusSearch() {
        toolBarController.focusSearch();
    }

    @FXML
    private void clearFilters() {
        toolBarController.clearFilters();
    }

    @FXML
    private void useLightTheme() {
        applyTheme(Theme.LIGHT);
    }

    @FXML
    private void useDarkTheme() {
        applyTheme(Theme.DARK);
    }

    private void applyTheme(Theme theme) {
        if (root.getScene() != null) {
            root.getScene().getStylesheets().setAll(theme.stylesheets());
        }
        settings.setTheme(theme.name());
    }

    // --- Go

    @FXML
    private void previousEvent() {
        model.selectPrevious();
    }

    @FXML
    private void nextEvent() {
        model.selectNext();
    }

    @FXML
    private void previousPeriod() {
        model.selectPeriod(-1);
    }

    @FXML
    private void nextPeriod() {
        model.selectPeriod(1);
    }

    @FXML
    private void firstEvent() {
        model.selectFirst();
    }

    @FXML
    private void lastEvent() {
        model.selectLast();
    }

    @FXML
    private void extendPeriod() {
        model.extendSelection(1);
    }

    @FXML
    private void shrinkPeriod() {
        model.extendSelection(-1);
    }

    @FXML
    private void clearPeriod() {
        model.clearSelectedPeriod();
    }

    @FXML
    private void focusDetail() {
        detailController.focus();
    }

    @FXML
    private void focusTimeline() {
        timelinePaneController.focus();
    }

    // --- Help

    @FXML
    private void showShortcuts() {
        new ShortcutsDialog(window()).show();
    }

    @FXML
    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(window());
        about.setTitle("About Annals");
        about.setHeaderText("Annals");
        about.setContentText("Explore how relations between countries evolved, event by event.\n"
                + "Timeline: " + (model.getTimeline() == null ? "none" : model.getTimeline().title()) + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version",
                        "21").toLowerCase(Locale.ROOT));
        about.show();
    }
}
