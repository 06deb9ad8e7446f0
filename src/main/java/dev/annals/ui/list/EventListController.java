package dev.annals.ui.list;

import dev.annals.layout.DateLabels;
import dev.annals.model.Event;
import dev.annals.ui.model.ExplorerModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The shown events as a table (date, headline, category), its selection kept in step with the model. */
public final class EventListController {
    private static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    private static final PseudoClass INFERRED = PseudoClass.getPseudoClass("inferred");

    private final ExplorerModel model;
    private final Set<Event> matches = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean syncing;

    @FXML
    private TableView<Event> table;
    @FXML
    private TableColumn<Event, String> dateColumn;
    @FXML
    private TableColumn<Event, String> headlineColumn;
    @FXML
    private TableColumn<Event, String> categoryColumn;

    public EventListController(ExplorerModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setItems(model.shownEvents());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateLabels.asStated(c.getValue())));
        headlineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().headline()));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().category()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(MATCH, !empty && matches.contains(e));
                pseudoClassStateChanged(INFERRED, !empty && e.dateBasis() != dev.annals.model.DateBasis.STATED);
            }
        });
        model.matches().addListener((ListChangeListener<Event>) c -> {
            matches.clear();
            matches.addAll(model.matches());
            table.refresh();
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && now != model.getSelectedEvent()) {
                model.select(now);
            }
        });
        model.selectedEventProperty().addListener((obs, old, now) -> showSelected(now));
        model.shownEvents().addListener((ListChangeListener<Event>) c -> showSelected(model.getSelectedEvent()));
        showSelected(model.getSelectedEvent());
    }

    private void showSelected(Event e) {
        syncing = true;
        try {
            if (e == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            int row = model.indexProperty().get().indexOf(e);
            if (row >= 0 && table.getSelectionModel().getSelectedIndex() != row) {
                table.getSelectionModel().clearAndSelect(row);
                table.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }
}
