package dev.annals.ui.timeline;

import dev.annals.layout.AxisPicture;
import dev.annals.layout.Cluster;
import dev.annals.layout.DateLabels;
import dev.annals.layout.EventIndex;
import dev.annals.layout.Marker;
import dev.annals.layout.TimeScale;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * Shows a {@link YearAxis} on a canvas, drawn by {@link AxisPainter} once a frame when anything it shows
 * changed, and turns mouse input into changes of its window, selection and marked period.
 */
final class YearAxisSkin extends SkinBase<YearAxis> {
    static final double BAND_LABEL_Y = 13;
    static final double TICK_TOP = 20;
    static final double AXIS_Y = 42;
    static final double FIRST_ROW_Y = 60;
    static final double OVERFLOW_LANE = 18;
    private static final double HANDLE_REACH = 6;
    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final AxisPainter painter;
    private final OncePerPulse redraw = new OncePerPulse(canvas, this::draw);
    private AxisPicture picture;

    private enum Drag { NONE, PAN, MARK, START_HANDLE, END_HANDLE }

    private Drag drag = Drag.NONE;
    private double pressX;
    private double markFromDay;
    private TimeWindow pressWindow;
    private boolean moved;

    YearAxisSkin(YearAxis axis) {
        super(axis);
        painter = new AxisPainter(axis, canvas);
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        for (Observable o : List.<Observable>of(axis.indexProperty(), axis.periodsProperty(), axis.windowProperty(),
                axis.selectedEventProperty(), axis.selectedPeriodProperty(), axis.highlightedProperty(),
                axis.markerColorProperty(), axis.contextColorProperty(), axis.selectionColorProperty(),
                axis.highlightColorProperty(), axis.bandColorProperty(), axis.bandAltColorProperty(),
                axis.textColorProperty(), axis.mutedColorProperty(), axis.periodSelectionColorProperty(),
                axis.badgeTextColorProperty(), axis.surfaceColorProperty(), axis.labelFontProperty(),
                axis.smallFontProperty(), axis.rowHeightProperty(), axis.maxLabelWidthProperty(),
                canvas.widthProperty(), canvas.heightProperty())) {
            registerInvalidationListener(o, x -> redraw.invalidate());
        }
        registerChangeListener(axis.rowHeightProperty(), o -> axis.requestLayout()); // its preferred height follows
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::pinched);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        canvas.setWidth(Math.max(1, w));
        canvas.setHeight(Math.max(1, h));
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + FIRST_ROW_Y + getSkinnable().getRowHeight() * 7 + OVERFLOW_LANE + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + FIRST_ROW_Y + getSkinnable().getRowHeight() * 2 + OVERFLOW_LANE + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    private TimeScale scale() {
        return new TimeScale(getSkinnable().getWindow(), Math.max(1, canvas.getWidth()));
    }

    private int rows() {
        double rowHeight = getSkinnable().getRowHeight();
        return (int) Math.max(0, Math.floor((canvas.getHeight() - FIRST_ROW_Y - OVERFLOW_LANE + rowHeight / 2) / rowHeight));
    }

    /** The picture on screen, drawn first if anything changed since: for tests and hit testing. */
    AxisPicture picture() {
        redraw.drawIfDirty();
        return picture;
    }

    /** How many times the axis has been drawn. */
    int draws() {
        return redraw.draws();
    }

    /** The font labels are measured and drawn with. */
    Font labelFont() {
        return painter.labelFont();
    }

    /** Where the middle of a label row is. */
    double rowY(int row) {
        return painter.rowY(row);
    }

    private void draw() {
        picture = painter.paint(scale(), rows());
    }

    @Override
    public void dispose() {
        redraw.dispose();
        super.dispose();
    }

    // --- hit testing

    private Object hit(double x, double y) {
        AxisPicture picture = picture();
        if (picture == null) {
            return null;
        }
        double h = canvas.getHeight();
        for (Marker m : picture.markers()) {
            double my = painter.markY(m, h);
            boolean onMarker = (m.exact() ? Math.abs(x - m.x()) <= 7 : x >= m.barFrom() && x <= m.barTo())
                    && Math.abs(y - my) <= 8;
            boolean onLabel = m.hasLabel() && x >= m.labelX() && x <= m.labelX() + painter.labelWidth(m) && Math.abs(y - my) <= 9;
            if (onMarker || onLabel) {
                return m;
            }
        }
        for (Cluster c : picture.clusters()) {
            if (Math.abs(x - c.x()) <= 14 && Math.abs(y - (h - OVERFLOW_LANE / 2 - 2)) <= 10) {
                return c;
            }
        }
        return null;
    }

    // --- mouse

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressWindow = getSkinnable().getWindow();
        moved = false;
        markFromDay = scale().day(e.getX());
        if (picture != null && picture.hasSelection() && e.getY() > AXIS_Y
                && Math.abs(e.getX() - picture.selectionFrom()) <= HANDLE_REACH) {
            drag = Drag.START_HANDLE;
        } else if (picture != null && picture.hasSelection() && e.getY() > AXIS_Y
                && Math.abs(e.getX() - picture.selectionTo()) <= HANDLE_REACH) {
            drag = Drag.END_HANDLE;
        } else {
            drag = e.isShiftDown() ? Drag.MARK : Drag.PAN;
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return;
        }
        moved |= Math.abs(e.getX() - pressX) > DRAG_THRESHOLD;
        if (!moved) {
            return;
        }
        YearAxis axis = getSkinnable();
        double day = scale().day(e.getX());
        switch (drag) {
            case PAN -> {
                canvas.setCursor(Cursor.CLOSED_HAND);
                double days = (pressX - e.getX()) / canvas.getWidth() * pressWindow.span();
                axis.setWindow(pressWindow.pan(days));
            }
            case MARK -> axis.setSelectedPeriod(axis.periodBetween(Math.min(markFromDay, day), Math.max(markFromDay, day)));
            case START_HANDLE, END_HANDLE -> {
                TimeWindow old = axis.getSelectedPeriod().window();
                double from = drag == Drag.START_HANDLE ? day : old.start();
                double to = drag == Drag.END_HANDLE ? day : old.end();
                axis.setSelectedPeriod(axis.periodBetween(Math.min(from, to), Math.max(from, to)));
            }
            default -> { }
        }
    }

    private void released(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        Drag was = drag;
        drag = Drag.NONE;
        if (moved || was == Drag.NONE || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Object target = hit(e.getX(), e.getY());
        YearAxis axis = getSkinnable();
        if (target instanceof Marker m) {
            axis.setSelectedEvent(m.event());
        } else if (target instanceof Cluster c) {
            openCluster(c);
        } else if (was == Drag.MARK) {
            axis.setSelectedPeriod(null);
        }
    }

    /**
     * Shows the time a cluster's events can mean (the whole of 2010 for events dated "2010"), where they
     * separate or show as the spans they are. Where the view shows that already, steps the selection
     * through them instead, so each click raises the next one's label.
     */
    private void openCluster(Cluster c) {
        YearAxis axis = getSkinnable();
        TimeWindow now = axis.getWindow();
        TimeWindow target = TimeWindow.around(c.spanFrom(), c.spanTo(), 0.08);
        boolean shownAlready = Math.abs(target.span() / now.span() - 1) < 0.15
                && Math.abs(target.centre() - now.centre()) < now.span() * 0.15;
        if (!shownAlready) {
            axis.setWindow(target);
            return;
        }
        EventIndex index = axis.getIndex();
        int first = index.firstAtOrAfter(c.fromDay());
        int end = Math.max(first + 1, index.firstAtOrAfter(Math.nextUp(c.toDay())));
        int current = index.rankOf(axis.getSelectedEvent());
        int next = current >= first && current + 1 < end ? current + 1 : first;
        if (next < index.size()) {
            axis.setSelectedEvent(index.byRank(next));
        }
    }

    private void hovered(MouseEvent e) {
        Object target = hit(e.getX(), e.getY());
        boolean nearHandle = picture != null && picture.hasSelection() && e.getY() > AXIS_Y
                && (Math.abs(e.getX() - picture.selectionFrom()) <= HANDLE_REACH
                || Math.abs(e.getX() - picture.selectionTo()) <= HANDLE_REACH);
        canvas.setCursor(nearHandle ? Cursor.H_RESIZE : target != null ? Cursor.HAND : Cursor.DEFAULT);
        String text = null;
        if (target instanceof Marker m) {
            text = DateLabels.asStated(m.event()) + "\n" + m.event().headline()
                    + "\n" + String.join(" › ", m.event().section()) + " · " + m.event().category();
        } else if (target instanceof Cluster c) {
            text = clusterText(c);
        }
        if (text == null) {
            tooltip.hide();
        } else if (!text.equals(tooltip.getText()) || !tooltip.isShowing()) {
            tooltip.setText(text);
            tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 16);
        }
    }

    private String clusterText(Cluster c) {
        EventIndex index = getSkinnable().getIndex();
        List<String> lines = new ArrayList<>();
        lines.add(c.count() + " events — click to zoom in");
        int from = index.firstAtOrAfter(c.fromDay());
        for (int k = from; k < Math.min(index.size(), from + Math.min(c.count(), 8)); k++) {
            Event ev = index.byRank(k);
            lines.add(DateLabels.plain(ev) + " · " + ev.headline());
        }
        if (c.count() > 8) {
            lines.add("…");
        }
        return String.join("\n", lines);
    }

    private void scrolled(ScrollEvent e) {
        YearAxis axis = getSkinnable();
        TimeWindow w = axis.getWindow();
        double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
        if (Math.abs(dx) > Math.abs(e.getDeltaY()) || e.isShiftDown()) {
            axis.setWindow(w.pan(-dx / canvas.getWidth() * w.span()));
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(2, -e.getDeltaY() / 160);
            axis.setWindow(w.zoom(factor, scale().day(e.getX())));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        YearAxis axis = getSkinnable();
        axis.setWindow(axis.getWindow().zoom(1 / e.getZoomFactor(), scale().day(e.getX())));
        e.consume();
    }
}
