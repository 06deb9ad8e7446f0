package dev.annals.ui.timeline;

import dev.annals.layout.AxisLayout;
import dev.annals.layout.AxisPicture;
import dev.annals.layout.Band;
import dev.annals.layout.Cluster;
import dev.annals.layout.DateLabels;
import dev.annals.layout.EventIndex;
import dev.annals.layout.Marker;
import dev.annals.layout.Tick;
import dev.annals.layout.TimeScale;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import dev.annals.ui.model.PeriodSelection;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Draws a {@link YearAxis} on a canvas from the {@link AxisLayout}'s picture, and turns mouse input into
 * changes of its window, selection and marked period. Redraws once a frame when anything it shows changed.
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
    /** Measures and layout for the fonts and label width the stylesheet sets; made again when they change. */
    private TextWidths labelWidths;
    private TextWidths smallWidths;
    private Font boldSmallFont;
    private AxisLayout layout;
    private final Tooltip tooltip = new Tooltip();
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

    @Override
    public void dispose() {
        redraw.dispose();
        super.dispose();
    }

    // --- drawing

    private void draw() {
        YearAxis axis = getSkinnable();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        PeriodSelection sel = axis.getSelectedPeriod();
        measureWithStyledFonts();
        picture = layout.layout(axis.getIndex(), axis.getPeriods(), scale(), rows(), axis.getSelectedEvent(),
                axis.getHighlighted(), sel == null ? null : sel.window());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        drawBands(g, h);
        drawTicks(g, h);
        drawPeriodSelection(g, h);
        drawOverflow(g, h);
        for (Marker m : picture.markers()) {
            if (!m.selected()) {
                drawMarker(g, m, h);
            }
        }
        picture.markers().stream().filter(Marker::selected).forEach(m -> drawMarker(g, m, h));
    }

    /** Measures with the fonts the stylesheet sets, the same ones the canvas draws with. */
    private void measureWithStyledFonts() {
        YearAxis axis = getSkinnable();
        if (layout == null || labelWidths.font() != axis.getLabelFont() || smallWidths.font() != axis.getSmallFont()
                || layout.maxLabelWidth() != axis.getMaxLabelWidth()) {
            labelWidths = new TextWidths(axis.getLabelFont());
            smallWidths = new TextWidths(axis.getSmallFont());
            Font small = axis.getSmallFont();
            boldSmallFont = Font.font(small.getFamily(), FontWeight.BOLD, small.getSize());
            layout = new AxisLayout(labelWidths, axis.getMaxLabelWidth());
        }
    }

    /** The font labels are measured and drawn with. */
    Font labelFont() {
        measureWithStyledFonts();
        return labelWidths.font();
    }

    private void drawBands(GraphicsContext g, double h) {
        YearAxis axis = getSkinnable();
        List<Band> bands = picture.bands();
        g.setFont(smallWidths.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            g.setFill((i % 2 == 0) == (b.lane() == 0) ? axis.getBandColor() : axis.getBandAltColor());
            double x1 = Math.max(0, b.x1());
            double x2 = Math.min(canvas.getWidth(), b.x2());
            g.fillRect(x1, b.lane() * 3, x2 - x1, h);
            // A label stops where the next band begins, so overlapping periods never print over each other.
            double room = (i + 1 < bands.size() ? Math.min(x2, bands.get(i + 1).x1()) : x2) - x1 - 6;
            if (smallWidths.width(b.period().label()) <= room) {
                g.setFill(axis.getMutedColor());
                g.fillText(b.period().label(), x1 + 4, BAND_LABEL_Y);
            }
        }
    }

    private void drawTicks(GraphicsContext g, double h) {
        YearAxis axis = getSkinnable();
        g.setStroke(axis.getMutedColor());
        g.setLineWidth(1);
        g.strokeLine(0, AXIS_Y + 0.5, canvas.getWidth(), AXIS_Y + 0.5);
        g.setFont(smallWidths.font());
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        for (Tick t : picture.ticks()) {
            double x = Math.round(t.x()) + 0.5;
            g.setGlobalAlpha(t.major() ? 0.35 : 0.15);
            g.strokeLine(x, AXIS_Y, x, h);
            g.setGlobalAlpha(1);
            g.strokeLine(x, TICK_TOP + (t.major() ? 0 : 8), x, AXIS_Y);
            g.setFill(t.major() ? axis.getTextColor() : axis.getMutedColor());
            g.setFont(t.major() ? boldSmallFont : smallWidths.font());
            g.fillText(t.label(), x + 3, AXIS_Y - 6);
        }
    }

    private void drawPeriodSelection(GraphicsContext g, double h) {
        if (!picture.hasSelection()) {
            return;
        }
        YearAxis axis = getSkinnable();
        double x1 = picture.selectionFrom();
        double x2 = picture.selectionTo();
        g.setFill(axis.getPeriodSelectionColor());
        g.fillRect(x1, AXIS_Y, x2 - x1, h - AXIS_Y);
        g.setFill(axis.getSelectionColor());
        for (double x : new double[] {x1, x2}) {
            g.fillRect(x - 1.5, AXIS_Y, 3, h - AXIS_Y);
            g.fillRoundRect(x - 4, AXIS_Y + (h - AXIS_Y) / 2 - 12, 8, 24, 4, 4);
        }
    }

    /** Where the middle of a label row is. */
    double rowY(int row) {
        return FIRST_ROW_Y + row * getSkinnable().getRowHeight();
    }

    /** Where a marker is drawn: in its label row, or in the lane of badges at the bottom. */
    private double markY(Marker m, double h) {
        return m.hasLabel() ? rowY(m.row()) : h - OVERFLOW_LANE / 2 - 2;
    }

    private void drawMarker(GraphicsContext g, Marker m, double h) {
        YearAxis axis = getSkinnable();
        double y = markY(m, h);
        Paint colour = m.selected() ? axis.getSelectionColor() : m.fromContext() ? axis.getContextColor() : axis.getMarkerColor();
        // where the event sits on the axis: a tick for a day, the stretch a date or range can mean for a bar
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(m.selected() ? 2 : 1);
        if (m.exact()) {
            g.strokeLine(m.x(), AXIS_Y - 4, m.x(), AXIS_Y + 3);
            if (m.selected()) {
                g.setGlobalAlpha(0.6);
                g.strokeLine(m.x(), AXIS_Y + 3, m.x(), y - 6);
                g.setGlobalAlpha(1);
            }
        } else {
            g.setGlobalAlpha(0.7);
            g.fillRect(m.barFrom(), AXIS_Y - 1, m.barTo() - m.barFrom(), 3);
            g.setGlobalAlpha(1);
        }
        if (m.highlighted() && m.hasLabel()) {
            g.setFill(axis.getHighlightColor());
            g.fillRoundRect(m.labelX() - 2, y - 9, layoutWidth(m) + 4, 18, 6, 6);
        }
        if (m.exact()) {
            double r = m.selected() ? 6 : 5;
            g.setFill(colour);
            g.fillOval(m.x() - r, y - r, 2 * r, 2 * r);
            if (m.selected()) {
                g.setLineWidth(1.5);
                g.strokeOval(m.x() - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            }
        } else {
            drawBar(g, m, y, colour);
        }
        if (m.hasLabel()) {
            drawLabel(g, m, y);
        }
    }

    /**
     * A month, year, vaguer date or range: a bar over the time it can mean, tinted (more for a range of
     * stated dates), outlined, dashed when the date comes from context. It hides the grid behind it.
     */
    private void drawBar(GraphicsContext g, Marker m, double y, Paint colour) {
        double half = m.hasLabel() ? 8 : 4;
        double x = m.barFrom();
        double w = m.barTo() - m.barFrom();
        g.setFill(getSkinnable().getSurfaceColor());
        g.fillRoundRect(x, y - half, w, 2 * half, 6, 6);
        g.setFill(colour);
        g.setGlobalAlpha(m.range() ? 0.35 : 0.14);
        g.fillRoundRect(x, y - half, w, 2 * half, 6, 6);
        g.setGlobalAlpha(1);
        g.setStroke(colour);
        g.setLineWidth(m.selected() ? 2 : 1.2);
        if (m.fromContext()) {
            g.setLineDashes(3, 2);
        }
        g.strokeRoundRect(x + 0.5, y - half + 0.5, w - 1, 2 * half - 1, 6, 6);
        g.setLineDashes();
    }

    private void drawLabel(GraphicsContext g, Marker m, double y) {
        YearAxis axis = getSkinnable();
        double w = layoutWidth(m);
        if (!m.highlighted()) {
            // A veil keeps a label legible over grid lines and other bars; the part inside its own bar needs
            // none. The selected label, raised over a row that had no room for it, hides what it covers.
            boolean inBar = !m.exact() && !m.selected() && m.labelX() >= m.barFrom() && m.labelX() < m.barTo();
            double from = inBar ? Math.min(m.barTo(), m.labelX() + w) : m.labelX();
            g.setFill(axis.getSurfaceColor());
            g.setGlobalAlpha(m.selected() ? 1 : 0.8);
            g.fillRect(from - 1, y - 8, m.labelX() + w - from + 2, 16);
            g.setGlobalAlpha(1);
        }
        // The selected label keeps the measured font (bold would outgrow its place) and takes the selection colour.
        g.setFill(m.selected() ? axis.getSelectionColor() : axis.getTextColor());
        g.setFont(labelWidths.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(m.label(), m.labelX(), y);
    }

    private double layoutWidth(Marker m) {
        return labelWidths.width(m.label());
    }

    private void drawOverflow(GraphicsContext g, double h) {
        YearAxis axis = getSkinnable();
        double y = h - OVERFLOW_LANE / 2 - 2;
        g.setFont(smallWidths.font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double free = Double.NEGATIVE_INFINITY; // where the last badge with a count ends
        for (Cluster c : picture.clusters()) {
            String count = c.countLabel();
            double w = Math.max(18, 10 + smallWidths.width(count));
            g.setFill(c.holdsSelection() ? axis.getSelectionColor() : c.holdsHighlight() ? axis.getHighlightColor()
                    : axis.getMutedColor());
            if (c.x() - w / 2 < free && !c.holdsSelection()) { // no room for its count: a dot, the tooltip tells
                g.fillOval(c.x() - 4, y - 4, 8, 8);
                continue;
            }
            g.fillRoundRect(c.x() - w / 2, y - 8, w, 16, 16, 16);
            // the count on a pale match colour reads in the text colour, on the others in the badge's own
            boolean onMatch = c.holdsHighlight() && !c.holdsSelection();
            g.setFill(onMatch ? axis.getTextColor() : axis.getBadgeTextColor());
            g.fillText(count, c.x(), y);
            free = c.x() + w / 2 + 2;
        }
    }

    // --- hit testing

    private Object hit(double x, double y) {
        AxisPicture picture = picture();
        if (picture == null) {
            return null;
        }
        double h = canvas.getHeight();
        for (Marker m : picture.markers()) {
            double my = markY(m, h);
            boolean onMarker = (m.exact() ? Math.abs(x - m.x()) <= 7 : x >= m.barFrom() && x <= m.barTo())
                    && Math.abs(y - my) <= 8;
            boolean onLabel = m.hasLabel() && x >= m.labelX() && x <= m.labelX() + layoutWidth(m) && Math.abs(y - my) <= 9;
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
