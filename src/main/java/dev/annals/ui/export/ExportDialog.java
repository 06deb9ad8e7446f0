package dev.annals.ui.export;

import dev.annals.export.DateBound;
import dev.annals.export.ExportException;
import dev.annals.export.Paper;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.ui.model.PeriodSelection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks which period to export: the marked period, or else the visible range, which the user may change
 * by typing a year, a year-month or a day. The Export button stays disabled while a date is not one.
 */
final class ExportDialog {
    private final Dialog<ExportChoice> dialog = new Dialog<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Label problem = new Label();

    ExportDialog(Window owner, PeriodSelection marked, LocalDate visibleFrom, LocalDate visibleTo) {
        dialog.initOwner(owner);
        dialog.setTitle("Export period to PDF");
        dialog.setHeaderText(marked != null && !marked.events().isEmpty()
                ? "Export the marked period (" + marked.events().size() + " events)"
                : "Export the visible range, or type another period");
        from.setId("export-from");
        to.setId("export-to");
        problem.setId("export-problem");
        problem.getStyleClass().add("export-problem");
        String[] bounds = marked != null && !marked.events().isEmpty()
                ? new String[] {key(marked.first().start(), false), key(marked.last().last(), true)}
                : new String[] {visibleFrom.toString(), visibleTo.toString()};
        from.setText(bounds[0]);
        to.setText(bounds[1]);
        ChoiceBox<Paper> paper = new ChoiceBox<>();
        paper.getItems().setAll(Paper.values());
        paper.setValue(Locale.getDefault().getCountry().matches("US|CA") ? Paper.LETTER : Paper.A4);
        paper.setId("export-paper");
        CheckBox map = new CheckBox("Include the member-state map");
        map.setSelected(true);
        map.setId("export-map");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        grid.addRow(2, new Label("Paper"), paper);
        grid.add(map, 1, 3);
        grid.add(new Label("Dates: 2004, 2004-07 or 2004-01-19 (from its first day to the last day of \"to\")"), 0, 4, 2, 1);
        grid.add(problem, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType("Export…", ButtonType.OK.getButtonData()),
                ButtonType.CANCEL);
        dialog.getDialogPane().setId("export-dialog");
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        ok.setId("export-ok");
        Runnable check = () -> ok.setDisable(!valid());
        from.textProperty().addListener((o, a, b) -> check.run());
        to.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        List<Event> markedEvents = marked == null ? null : marked.events();
        dialog.setResultConverter(button -> {
            if (button.getButtonData() != ButtonType.OK.getButtonData()) {
                return null;
            }
            boolean unchanged = markedEvents != null && from.getText().equals(bounds[0]) && to.getText().equals(bounds[1]);
            return new ExportChoice(parse(from.getText()), parse(to.getText()), unchanged ? markedEvents : null,
                    paper.getValue(), map.isSelected());
        });
    }

    Optional<ExportChoice> ask() {
        return dialog.showAndWait();
    }

    private boolean valid() {
        try {
            PartialDate a = DateBound.parse(from.getText());
            PartialDate b = DateBound.parse(to.getText());
            if (a.firstDay().isAfter(b.lastDay())) {
                problem.setText("\"From\" comes after \"to\".");
                return false;
            }
            problem.setText("");
            return true;
        } catch (ExportException e) {
            problem.setText(e.getMessage());
            return false;
        }
    }

    private static PartialDate parse(String text) {
        try {
            return DateBound.parse(text);
        } catch (ExportException e) {
            throw new IllegalStateException("checked before the dialog closed", e);
        }
    }

    /** A date as the field shows it: "2004", "2006-01" or "2004-01-19"; a decade or century by its first or last year. */
    private static String key(PartialDate d, boolean end) {
        return switch (d.precision()) {
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", d.year(), d.month(), d.day());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month());
            default -> Integer.toString(end ? d.lastDay().getYear() : d.firstYear());
        };
    }
}
