package dev.annals.ui.timeline;

import dev.annals.layout.AxisLayout;
import dev.annals.layout.AxisPicture;
import dev.annals.layout.Band;
import dev.annals.layout.Cluster;
import dev.annals.layout.Marker;
import dev.annals.layout.Tick;
import dev.annals.layout.TimeScale;
import dev.annals.ui.model.PeriodSelection;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link YearAxis} on its canvas from the {@link AxisLayout}'s picture, in the colours, fonts and
 * sizes its stylesheet sets, and answers where things were drawn for hit testing.
 */
final class AxisPainter {
    private final YearAxis axis;
    private final Canvas canvas;
    /** Measures and layout for the fonts and label width the stylesheet sets; made again when they change. */
    private TextWidths labelWidths;
    private TextWidths smallWidths;
    private Font boldSmallFont;
    private AxisLayout layout;
    private AxisPicture picture;

    AxisPainter(YearAxis axis, Canvas canvas) {
        this.axis = axis;
        this.canvas = canvas;
    }

    /** Lays out the axis for what it shows now and draws it; returns the picture drawn. */
    AxisPicture paint(TimeScale scale, int rows) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        PeriodSelection sel = axis.getSelectedPeriod();
        measureWithStyledFonts();
        picture = layout.layout(axis.getIndex(), axis.getPeriods(), scale, rows, axis.getSelectedEvent(),
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
        return picture;
    }

    /** Measures with the fonts the stylesheet sets, the same ones the canvas draws with. */
    private void measureWithStyledFonts() {
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
                g.fillText(b.period().label(), x1 + 4, YearAxisSkin.BAND_LABEL_Y);
            }
        }
    }

    private void drawTicks(GraphicsContext g, double h) {
        g.setStroke(axis.getMutedColor());
        g.setLineWidth(1);
        g.strokeLine(0, YearAxisSkin.AXIS_Y + 0.5, canvas.getWidth(), YearAxisSkin.AXIS_Y + 0.5);
        g.setFont(smallWidths.font());
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        for (Tick t : picture.ticks()) {
            double x = Math.round(t.x()) + 0.5;
            g.setGlobalAlpha(t.major() ? 0.35 : 0.15);
            g.strokeLine(x, YearAxisSkin.AXIS_Y, x, h);
            g.setGlobalAlpha(1);
            g.strokeLine(x, YearAxisSkin.TICK_TOP + (t.major() ? 0 : 8), x, YearAxisSkin.AXIS_Y);
            g.setFill(t.major() ? axis.getTextColor() : axis.getMutedColor());
            g.setFont(t.major() ? boldSmallFont : smallWidths.font());
            g.fillText(t.label(), x + 3, YearAxisSkin.AXIS_Y - 6);
        }
    }

    private void drawPeriodSelection(GraphicsContext g, double h) {
        if (!picture.hasSelection()) {
            return;
        }
        double x1 = picture.selectionFrom();
        double x2 = picture.selectionTo();
        g.setFill(axis.getPeriodSelectionColor());
        g.fillRect(x1, YearAxisSkin.AXIS_Y, x2 - x1, h - YearAxisSkin.AXIS_Y);
        g.setFill(axis.getSelectionColor());
        for (double x : new double[] {x1, x2}) {
            g.fillRect(x - 1.5, YearAxisSkin.AXIS_Y, 3, h - YearAxisSkin.AXIS_Y);
            g.fillRoundRect(x - 4, YearAxisSkin.AXIS_Y + (h - YearAxisSkin.AXIS_Y) / 2 - 12, 8, 24, 4, 4);
        }
    }

    /** Where the middle of a label row is. */
    double rowY(int row) {
        return YearAxisSkin.FIRST_ROW_Y + row * axis.getRowHeight();
    }

    /** Where a marker is drawn: in its label row, or in the lane of badges at the bottom. */
    double markY(Marker m, double h) {
        return m.hasLabel() ? rowY(m.row()) : h - YearAxisSkin.OVERFLOW_LANE / 2 - 2;
    }

    private void drawMarker(GraphicsContext g, Marker m, double h) {
        double y = markY(m, h);
        Paint colour = m.selected() ? axis.getSelectionColor() : m.fromContext() ? axis.getContextColor() : axis.getMarkerColor();
        // where the event sits on the axis: a tick for a day, the stretch a date or range can mean for a bar
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(m.selected() ? 2 : 1);
        if (m.exact()) {
            g.strokeLine(m.x(), YearAxisSkin.AXIS_Y - 4, m.x(), YearAxisSkin.AXIS_Y + 3);
            if (m.selected()) {
                g.setGlobalAlpha(0.6);
                g.strokeLine(m.x(), YearAxisSkin.AXIS_Y + 3, m.x(), y - 6);
                g.setGlobalAlpha(1);
            }
        } else {
            g.setGlobalAlpha(0.7);
            g.fillRect(m.barFrom(), YearAxisSkin.AXIS_Y - 1, m.barTo() - m.barFrom(), 3);
            g.setGlobalAlpha(1);
        }
        if (m.highlighted() && m.hasLabel()) {
            g.setFill(axis.getHighlightColor());
            g.fillRoundRect(m.labelX() - 2, y - 9, labelWidth(m) + 4, 18, 6, 6);
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
        g.setFill(axis.getSurfaceColor());
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
        double w = labelWidth(m);
        if (!m.highlighted()) {
            // A veil keeps a label legible over grid lines and other bars; the part inside its own (opaque)
            // bar needs none. The selected label, raised over a row that had no room for it, hides what it covers.
            boolean inBar = !m.exact() && m.labelX() >= m.barFrom() && m.labelX() < m.barTo();
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

    /** How wide a marker's label is drawn. */
    double labelWidth(Marker m) {
        return labelWidths.width(m.label());
    }

    private void drawOverflow(GraphicsContext g, double h) {
        double y = h - YearAxisSkin.OVERFLOW_LANE / 2 - 2;
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
}
