package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;
import dev.annals.ui.model.TimelineOpener;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;

/** The tool bar: search with its match count, the category and entity filters, zoom buttons, and the open in progress. */
public final class ToolBarController {
    private final ExplorerModel model;
    private final TimelineOpener opener;
    private Runnable onSearchDone = () -> { };

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

    /** Set while the category check boxes are being refilled, so that does not count as the user's choice. */
    private boolean syncingCategories;

    public ToolBarController(ExplorerModel model, TimelineOpener opener) {
        this.model = model;
        this.opener = opener;
    }

    @FXML
    private void initialize() {
        bindSearch();
        bindFilters();
        progress.visibleProperty().bind(opener.runningProperty());
    }

    /** What Esc in the search field does after clearing it: the window gives the timeline the focus. */
    public void setOnSearchDone(Runnable action) {
        onSearchDone = action;
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
                onSearchDone.run();
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

    /** Gives the search field the focus, its text selected. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Shows every event again: no category hidden, no entity chosen, no search. */
    public void clearFilters() {
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
    private void previousMatch() {
        model.previousMatch();
    }

    @FXML
    private void nextMatch() {
        model.nextMatch();
    }

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
}
