package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.OpenedTimeline;
import dev.annals.ui.model.PeriodSelection;
import dev.annals.ui.model.BackgroundTasks;

import dev.annals.layout.DateLabels;
import dev.annals.layout.TimeWindow;
import dev.annals.loader.LoaderOptions;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import dev.annals.open.ManyPagesException;
import dev.annals.open.TimelineFiles;
import dev.annals.ui.export.PeriodExporter;
import dev.annals.ui.map.MapController;
import dev.annals.ui.timeline.OverviewStrip;
import dev.annals.ui.timeline.YearAxis;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * The main window: menus, tool bar, year axis, overview and status bar, and opening files. It binds
 * every view to the one {@link ExplorerModel}; the detail pane and the event list have controllers of
 * their own that bind to the same model.
 */
public final class MainWindowController {
    private final ExplorerModel model;
    private final Settings settings;
    private final BackgroundTasks tasks;

    @FXML
    private MapController mapPaneController;
    @FXML
    private CheckMenuItem mapAsListedItem;
    @FXML
    private MenuItem mapResetItem;
    @FXML
    private BorderPane root;
    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem zoomInItem;
    @FXML
    private MenuItem zoomOutItem;
    @FXML
    private MenuItem fitItem;
    @FXML
    private RadioMenuItem lightTheme;
    @FXML
    private RadioMenuItem darkTheme;
    @FXML
    private TextField searchField;
    @FXML
    private Label matchLabel;
    @FXML
    private CheckComboBox<String> categoryFilter;
    @FXML
    private SearchableComboBox<String> entityChoice;
    @FXML
    private Button entityFilterButton;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private YearAxis timeline;
    @FXML
    private OverviewStrip overview;
    @FXML
    private SplitPane verticalSplit;
    @FXML
    private SplitPane mainSplit;
    @FXML
    private Node detail;
    @FXML
    private Label statusEvents;
    @FXML
    private Label statusPeriod;
    @FXML
    private Label statusZoom;
    @FXML
    private Label statusMessage;
    @FXML
    private Button exportButton;
    @FXML
    private ProgressBar exportProgress;
    @FXML
    private MenuItem exportItem;

    private PeriodExporter exporter;

    /** Set while the category check boxes are being refilled, so that does not count as the user's choice. */
    private boolean syncingCategories;

    public MainWindowController(ExplorerModel model, Settings settings, BackgroundTasks tasks) {
        this.model = model;
        this.settings = settings;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        bindAxis();
        bindSearch();
        bindFilters();
        bindStatus();
        bindExport();
        installKeys();
        installDragAndDrop();
        new ArticlePaste(model, tasks, this::showError).install(root);
        // The map's commands in the View menu act on the map pane, whose controller FXML nests here.
        mapAsListedItem.selectedProperty().bindBidirectional(mapPaneController.membersAsListedProperty());
        mapResetItem.setOnAction(e -> mapPaneController.resetView());
        rebuildRecentMenu();
        Theme theme = Theme.named(settings.getTheme());
        (theme == Theme.DARK ? darkTheme : lightTheme).setSelected(true);
        verticalSplit.setDividerPositions(settings.getDouble("split.vertical", 0.45));
        mainSplit.setDividerPositions(settings.getDouble("split.main", 0.3), settings.getDouble("split.map", 0.66));
    }

    private void bindAxis() {
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
        overview.indexProperty().bind(model.indexProperty());
        overview.windowProperty().bindBidirectional(model.visibleWindowProperty());
    }

    private void bindSearch() {
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    model.previousMatch();
                } else {
                    model.nextMatch();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                timeline.requestFocus();
                e.consume();
            }
        });
        matchLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.searchTextProperty().get().isBlank()) {
                return "";
            }
            int n = model.matches().size();
            int at = model.matchPositionProperty().get();
            return n == 0 ? "no matches" : (at >= 0 ? at + 1 : 0) + " of " + n;
        }, model.searchTextProperty(), model.matches(), model.matchPositionProperty()));
    }

    private void bindFilters() {
        model.timelineProperty().addListener((obs, old, now) -> resetCategoryFilter());
        categoryFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (syncingCategories) {
                return;
            }
            List<String> hidden = new ArrayList<>(categoryFilter.getItems());
            hidden.removeAll(categoryFilter.getCheckModel().getCheckedItems());
            model.hiddenCategories().retainAll(hidden);
            model.hiddenCategories().addAll(hidden);
        });
        model.timelineProperty().addListener((obs, old, now) -> entityChoice.getItems().setAll(model.entities()));
        entityChoice.valueProperty().addListener((obs, old, now) -> model.entityFilterProperty().set(now));
        model.entityFilterProperty().addListener((obs, old, now) -> entityChoice.setValue(now));
        entityFilterButton.textProperty().bind(model.entityFilterProperty().map(e -> "Only: " + e + "  ✕"));
        entityFilterButton.visibleProperty().bind(model.entityFilterProperty().isNotNull());
        entityFilterButton.managedProperty().bind(entityFilterButton.visibleProperty());
    }

    private void resetCategoryFilter() {
        syncingCategories = true;
        try {
            categoryFilter.getItems().setAll(model.categories());
            categoryFilter.getCheckModel().checkAll();
        } finally {
            syncingCategories = false;
        }
    }

    private void bindExport() {
        exporter = new PeriodExporter(model, tasks, statusMessage::setText);
        exportProgress.visibleProperty().bind(exporter.runningProperty());
        exportProgress.managedProperty().bind(exporter.runningProperty());
        exportProgress.progressProperty().bind(exporter.progressProperty());
        exportButton.disableProperty().bind(exporter.runningProperty().or(model.timelineProperty().isNull()));
        exportItem.disableProperty().bind(exportButton.disableProperty());
    }

    private void bindStatus() {
        statusEvents.textProperty().bind(Bindings.createStringBinding(() -> {
            Timeline t = model.getTimeline();
            int total = t == null ? 0 : t.events().size();
            return String.format("%,d of %,d events", model.shownEvents().size(), total); // grouped as the user's locale does
        }, model.shownEvents(), model.timelineProperty()));
        statusPeriod.textProperty().bind(Bindings.createStringBinding(() -> {
            PeriodSelection p = model.selectedPeriodProperty().get();
            if (p == null || p.events().isEmpty()) {
                return "No period marked (Shift+→ or Shift+drag)";
            }
            String from = DateLabels.plain(p.first());
            String to = DateLabels.plain(p.last());
            return "Period: " + (from.equals(to) ? from : from + " – " + to) + " (" + p.events().size()
                    + (p.events().size() == 1 ? " event)" : " events)");
        }, model.selectedPeriodProperty()));
        statusZoom.textProperty().bind(Bindings.createStringBinding(() -> describe(model.getVisibleWindow()),
                model.visibleWindowProperty()));
    }

    /** "Showing 1993–2024 (31 years)", or months or days when zoomed in. */
    static String describe(TimeWindow w) {
        java.time.LocalDate from = java.time.LocalDate.ofEpochDay((long) Math.floor(w.start()));
        java.time.LocalDate to = java.time.LocalDate.ofEpochDay((long) Math.ceil(w.end()) - 1);
        double years = w.span() / 365.2425;
        String span = years >= 2 ? Math.round(years) + " years"
                : w.span() >= 60 ? Math.round(w.span() / 30.44) + " months" : Math.round(w.span()) + " days";
        String range = years >= 2 ? from.getYear() + "–" + to.getYear()
                : from + " – " + to;
        return "Showing " + range + " (" + span + ")";
    }

    private void installKeys() {
        zoomInItem.setAccelerator(new KeyCodeCombination(KeyCode.PLUS));
        zoomOutItem.setAccelerator(new KeyCodeCombination(KeyCode.MINUS));
        fitItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0));
        timeline.addEventHandler(KeyEvent.KEY_PRESSED, this::axisKey);
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
        detail.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                timeline.requestFocus();
                e.consume();
            }
        });
    }

    /** The axis's own keys, so they work the same whether or not the menu bar has handled them. */
    private void axisKey(KeyEvent e) {
        boolean shift = e.isShiftDown();
        switch (e.getCode()) {
            case LEFT -> {
                if (shift) {
                    model.extendSelection(-1);
                } else {
                    model.selectPrevious();
                }
            }
            case RIGHT -> {
                if (shift) {
                    model.extendSelection(1);
                } else {
                    model.selectNext();
                }
            }
            case UP -> model.selectPeriod(-1);
            case DOWN -> model.selectPeriod(1);
            case HOME -> model.selectFirst();
            case END -> model.selectLast();
            case ADD, PLUS, EQUALS -> model.zoomIn();
            case SUBTRACT, MINUS -> model.zoomOut();
            case DIGIT0, NUMPAD0 -> model.fitAll();
            case ENTER -> focusDetail();
            case ESCAPE -> model.clearSelectedPeriod();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** True while the user is typing into a text field, where plain keys are text, not commands. */
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

    // --- opening files

    /** Opens an article or timeline in the background; a file that cannot be read leaves the current one open. */
    public void openFile(Path file) {
        openFile(file, null);
    }

    /** Opens {@code page} of a file of several articles (null: the file's only one, or ask which). */
    private void openFile(Path file, String page) {
        Task<OpenedTimeline> open = new Task<>() {
            @Override
            protected OpenedTimeline call() throws Exception {
                return OpenedTimeline.of(TimelineFiles.read(file, LoaderOptions.DEFAULTS, page).timeline());
            }
        };
        progress.setVisible(true);
        open.setOnSucceeded(e -> {
            progress.setVisible(false);
            model.open(open.getValue(), file);
            settings.addRecent(file);
            rebuildRecentMenu();
            timeline.requestFocus();
        });
        open.setOnFailed(e -> {
            progress.setVisible(false);
            Throwable error = open.getException();
            if (error instanceof ManyPagesException many) {
                PageChoice.ask(window(), file, many.titles()).ifPresent(title -> openFile(file, title));
                return;
            }
            String message = error.getMessage() == null ? error.toString() : error.getMessage();
            showError("Could not open " + file.getFileName(), message);
        });
        tasks.run(open);
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle("Annals");
        alert.setHeaderText(header);
        alert.setContentText(message + "\n\nThe timeline that was open stays open.");
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : settings.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setOnAction(e -> openFile(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Saves what the window should look like next time, and which file it had open. */
    public void saveLayout() {
        settings.setLastOpened(model.fileProperty().get());
        settings.putDouble("split.vertical", verticalSplit.getDividerPositions()[0]);
        settings.putDouble("split.main", mainSplit.getDividerPositions()[0]);
        settings.putDouble("split.map", mainSplit.getDividerPositions()[1]);
        settings.setTheme(darkTheme.isSelected() ? Theme.DARK.name() : Theme.LIGHT.name());
    }

    // --- menu actions

    @FXML
    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an article or timeline");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles, timelines and spreadsheets", "*.txt", "*.json", "*.wiki", "*.wikitext",
                        "*.mediawiki", "*.xml", "*.html", "*.htm", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<Path> recent = settings.recentFiles();
        if (!recent.isEmpty() && recent.get(0).getParent() != null && recent.get(0).getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(recent.get(0).getParent().toFile());
        }
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    @FXML
    private void openExample() {
        model.fileProperty().set(null);
        model.timelineProperty().set(TimelineFiles.embedded());
    }

    /** The window's PDF export, for tests that choose the file without a native dialog. */
    public PeriodExporter exporter() {
        return exporter;
    }

    @FXML
    private void exportPeriod() {
        exporter.exportInteractively(window());
    }

    @FXML
    private void quit() {
        Window w = window();
        if (w != null) {
            w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }
        Platform.exit();
    }

    @FXML
    private void zoomIn() {
        if (!typing()) {
            model.zoomIn();
        }
    }

    @FXML
    private void zoomOut() {
        if (!typing()) {
            model.zoomOut();
        }
    }

    @FXML
    private void fitAll() {
        if (!typing()) {
            model.fitAll();
        }
    }

    @FXML
    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void clearFilters() {
        model.entityFilterProperty().set(null);
        resetCategoryFilter();
        model.hiddenCategories().clear();
        model.searchTextProperty().set("");
    }

    @FXML
    private void clearEntityFilter() {
        model.entityFilterProperty().set(null);
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

    /** The theme chosen in the menu, to apply when the scene is made. */
    public Theme theme() {
        return darkTheme.isSelected() ? Theme.DARK : Theme.LIGHT;
    }

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
        Node text = detail.lookup("#detail-text");
        (text != null ? text : detail).requestFocus();
    }

    @FXML
    private void focusTimeline() {
        timeline.requestFocus();
    }

    @FXML
    private void previousMatch() {
        model.previousMatch();
    }

    @FXML
    private void nextMatch() {
        model.nextMatch();
    }

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
