package dev.annals.export;

import dev.annals.layout.AxisLayout;
import dev.annals.layout.AxisPicture;
import dev.annals.layout.Band;
import dev.annals.layout.Cluster;
import dev.annals.layout.EventIndex;
import dev.annals.layout.EventPlace;
import dev.annals.layout.Marker;
import dev.annals.layout.Tick;
import dev.annals.layout.TimeScale;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The period's timeline as a vector strip: the {@link AxisLayout}'s picture of ticks, period bands and
 * event markers with short labels, measured with the PDF's own font, so it is the window's axis on
 * paper. A dot is an exact day; a month, year or vaguer date is a bar over the time it can mean (dashed
 * when taken from context), a range a darker bar; a numbered badge counts events too close to label.
 */
final class TimelineStrip {
    private static final float LABEL_SIZE = 6.5f;
    private static final float SMALL_SIZE = 6;
    private static final float MAX_LABEL_WIDTH = 105;
    private static final float BAND_LABEL_Y = 8;
    private static final float TICK_TOP = 11;
    private static final float AXIS_Y = 24;
    private static final float FIRST_ROW_Y = 33;
    private static final float ROW_HEIGHT = 10;
    private static final int ROWS = 9;
    private static final float OVERFLOW_LANE = 13;
    private static final float MARKER_RADIUS = 2.8f;
    private static final float LEGEND_HEIGHT = 12;
    /** Room inside the frame at both ends, so a marker on the first or last day is drawn whole. */
    private static final float PAD = 6;
    /** The strip's height on the page, with its legend. */
    static final float HEIGHT = FIRST_ROW_Y + ROWS * ROW_HEIGHT + OVERFLOW_LANE + LEGEND_HEIGHT;

    private final PdfFonts fonts;
    private final PDFont labelFont;
    private final AxisLayout layout;

    TimelineStrip(PdfFonts fonts) {
        this.fonts = fonts;
        this.labelFont = fonts.regular();
        this.layout = new AxisLayout(fonts.measure(labelFont, LABEL_SIZE), MAX_LABEL_WIDTH);
    }

    /**
     * The time the strip spans: the period, unless its events take up less than a third of it (a generous
     * "--from 1900") and would huddle in a corner; then their own stretch with a margin. Never under a month.
     */
    private static TimeWindow window(ExportRequest request) {
        TimeWindow period = TimeWindow.of(request.from(), request.to());
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (Event e : request.events()) {
            EventPlace p = EventPlace.of(e);
            first = Math.min(first, p.begin());
            last = Math.max(last, p.end());
        }
        TimeWindow w = period;
        if ((last - first) * 3 < period.span()) {
            double margin = Math.max(last - first, 1) * 0.05;
            w = new TimeWindow(Math.max(period.start(), first - margin), Math.min(period.end(), last + margin));
        }
        double minSpan = 31;
        return w.span() >= minSpan ? w : new TimeWindow(w.centre() - minSpan / 2, w.centre() + minSpan / 2);
    }

    /** Lays out the request's events for a strip {@code width} points wide. */
    AxisPicture picture(ExportRequest request, float width) {
        TimeScale scale = new TimeScale(window(request), width - 2 * PAD);
        return layout.layout(new EventIndex(request.events()), request.timeline().periods(), scale, ROWS, null,
                e -> false, null);
    }

    /** Draws {@code p} with its top left corner at ({@code left}, {@code top}). */
    void draw(PDPageContentStream cs, AxisPicture p, float left, float top) throws IOException {
        float boxWidth = (float) p.scale().width() + 2 * PAD;
        float stripHeight = HEIGHT - LEGEND_HEIGHT;
        Ink.fillRect(cs, Palette.SURFACE, left, top - stripHeight, boxWidth, stripHeight);
        cs.saveGraphicsState();
        cs.addRect(left, top - stripHeight, boxWidth, stripHeight);
        cs.clip();
        Frame f = new Frame(cs, left + PAD, top, stripHeight);
        drawBands(f, p.bands(), (float) p.scale().width());
        drawTicks(f, p.ticks(), (float) p.scale().width());
        drawClusters(f, p.clusters());
        // Bars first: a year's bar reaches left of its marker, under the label of an earlier event in its row.
        for (Marker m : p.markers()) {
            drawBar(f, m);
        }
        for (Marker m : p.markers()) {
            drawMarker(f, m);
        }
        cs.restoreGraphicsState();
        cs.setStrokingColor(Palette.BORDER);
        cs.setLineWidth(0.5f);
        cs.addRect(left, top - stripHeight, boxWidth, stripHeight);
        cs.stroke();
        drawLegend(cs, left, top - stripHeight - LEGEND_HEIGHT + 3.5f);
    }

    /** Drawing positions measured down from the strip's top, as the layout gives them. */
    private record Frame(PDPageContentStream cs, float left, float top, float height) {
        float x(double layoutX) {
            return left + (float) layoutX;
        }

        float y(double down) {
            return top - (float) down;
        }

        float bottomLaneY() {
            return y(height - OVERFLOW_LANE / 2 - 1);
        }
    }

    private void drawBands(Frame f, List<Band> bands, float width) throws IOException {
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            double x1 = Math.max(-PAD, b.x1());
            double x2 = Math.min(width + PAD, b.x2());
            Color fill = (i % 2 == 0) == (b.lane() == 0) ? Palette.BAND : Palette.BAND_ALT;
            float laneTop = b.lane() * 3;
            Ink.fillRect(f.cs(), fill, f.x(x1), f.y(f.height()), (float) (x2 - x1), f.height() - laneTop);
            // A label stops where the next band begins, so overlapping periods never print over each other.
            double room = (i + 1 < bands.size() ? Math.min(x2, bands.get(i + 1).x1()) : x2) - x1 - 4;
            String label = fonts.safe(b.period().label(), labelFont);
            if (fonts.width(label, labelFont, SMALL_SIZE) <= room) {
                Ink.text(f.cs(), labelFont, SMALL_SIZE, Palette.MUTED, f.x(x1 + 2.5), f.y(BAND_LABEL_Y), label);
            }
        }
    }

    private void drawTicks(Frame f, List<Tick> ticks, float width) throws IOException {
        PDPageContentStream cs = f.cs();
        Ink.line(cs, Palette.MUTED, 0.6f, f.x(-PAD), f.y(AXIS_Y), f.x(width + PAD), f.y(AXIS_Y));
        for (Tick t : ticks) {
            float x = f.x(t.x());
            Ink.line(cs, t.major() ? Palette.GRID_MAJOR : Palette.GRID_MINOR, 0.4f, x, f.y(AXIS_Y), x, f.y(f.height()));
            Ink.line(cs, Palette.MUTED, 0.5f, x, f.y(TICK_TOP + (t.major() ? 0 : 5)), x, f.y(AXIS_Y));
            PDFont font = t.major() ? fonts.bold() : labelFont;
            String label = fonts.safe(t.label(), font);
            if (t.x() + 2 + fonts.width(label, font, SMALL_SIZE) <= width + PAD) { // a label cut by the frame reads wrong
                Ink.text(cs, font, SMALL_SIZE, t.major() ? Palette.TEXT : Palette.MUTED, x + 2, f.y(AXIS_Y - 3.5), label);
            }
        }
    }

    private static float rowY(Frame f, Marker m) {
        return m.hasLabel() ? f.y(FIRST_ROW_Y + m.row() * ROW_HEIGHT) : f.bottomLaneY();
    }

    private static Color colour(Marker m) {
        return m.fromContext() ? Palette.CONTEXT : Palette.ACCENT;
    }

    /**
     * A month, year, vaguer date or range: a bar over the time it can mean, never a point in its middle;
     * tinted more for a range of stated dates, dashed when the date comes from context.
     */
    private static void drawBar(Frame f, Marker m) throws IOException {
        if (m.exact()) {
            return;
        }
        PDPageContentStream cs = f.cs();
        float half = m.hasLabel() ? 3.6f : 2f;
        float x = f.x(m.barFrom());
        float w = (float) (m.barTo() - m.barFrom());
        float y = rowY(f, m);
        Color colour = colour(m);
        cs.setNonStrokingColor(Palette.onWhite(colour, m.range() ? 0.35f : 0.14f));
        Ink.pill(cs, x, y - half, w, 2 * half);
        cs.fill();
        cs.setStrokingColor(colour);
        cs.setLineWidth(0.6f);
        if (m.fromContext()) {
            cs.setLineDashPattern(new float[] {1.5f, 1}, 0);
        }
        Ink.pill(cs, x + 0.3f, y - half + 0.3f, w - 0.6f, 2 * half - 0.6f);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        // on the axis, the stretch it can mean
        Ink.fillRect(cs, Palette.onWhite(colour, 0.7f), x, f.y(AXIS_Y + 0.8), w, 1.6f);
    }

    private void drawMarker(Frame f, Marker m) throws IOException {
        PDPageContentStream cs = f.cs();
        float y = rowY(f, m);
        float x = f.x(m.x());
        if (m.exact()) {
            Color colour = colour(m);
            Ink.line(cs, colour, 0.6f, x, f.y(AXIS_Y - 2.5), x, f.y(AXIS_Y + 2));
            Ink.circle(cs, x, y, MARKER_RADIUS);
            cs.setNonStrokingColor(colour);
            cs.fill();
        }
        if (m.hasLabel()) {
            String label = fonts.safe(m.label(), labelFont);
            float w = fonts.width(label, labelFont, LABEL_SIZE);
            // a veil keeps a label legible over grid lines and other bars; inside its own bar it needs none
            boolean inBar = !m.exact() && m.labelX() >= m.barFrom() && m.labelX() < m.barTo();
            float from = inBar ? (float) Math.min(m.barTo(), m.labelX() + w) : (float) m.labelX();
            Ink.fillRect(cs, Palette.SURFACE, f.x(from) - 0.5f, y - 3.2f, (float) (m.labelX() + w - from) + 1, 6.6f);
            Ink.text(cs, labelFont, LABEL_SIZE, Palette.TEXT, f.x(m.labelX()), y - 2.3f, label);
        }
    }

    private void drawClusters(Frame f, List<Cluster> clusters) throws IOException {
        PDPageContentStream cs = f.cs();
        float y = f.bottomLaneY();
        for (Cluster c : clusters) {
            String count = c.countLabel();
            float tw = fonts.width(count, fonts.bold(), SMALL_SIZE);
            float w = Math.max(9, tw + 5);
            cs.setNonStrokingColor(Palette.MUTED);
            Ink.pill(cs, f.x(c.x()) - w / 2, y - 4.5f, w, 9);
            cs.fill();
            Ink.text(cs, fonts.bold(), SMALL_SIZE, Palette.WHITE, f.x(c.x()) - tw / 2, y - 2.1f, count);
        }
    }

    /** A key to the marks, under the strip. */
    private void drawLegend(PDPageContentStream cs, float left, float baseline) throws IOException {
        float x = left;
        x = legendItem(cs, x, baseline, "exact day", (cx, cy) -> {
            Ink.circle(cs, cx, cy, MARKER_RADIUS);
            cs.setNonStrokingColor(Palette.ACCENT);
            cs.fill();
        });
        x = legendItem(cs, x, baseline, "time a month, year or vaguer date can mean",
                (cx, cy) -> bar(cs, cx, cy, Palette.ACCENT, 0.14f, false));
        x = legendItem(cs, x, baseline, "dated from context", (cx, cy) -> bar(cs, cx, cy, Palette.CONTEXT, 0.14f, true));
        x = legendItem(cs, x, baseline, "range", (cx, cy) -> bar(cs, cx, cy, Palette.ACCENT, 0.35f, false));
        legendItem(cs, x, baseline, "events too close to label", (cx, cy) -> {
            cs.setNonStrokingColor(Palette.MUTED);
            Ink.pill(cs, cx - 4.5f, cy - 4, 9, 8);
            cs.fill();
            Ink.text(cs, fonts.bold(), 5.5f, Palette.WHITE, cx - 1.6f, cy - 2, "3");
        });
    }

    /** One mark and its words; returns where the next item starts. */
    private float legendItem(PDPageContentStream cs, float x, float baseline, String words, Mark mark)
            throws IOException {
        mark.draw(x + 5, baseline + 2.2f);
        Ink.text(cs, labelFont, SMALL_SIZE, Palette.MUTED, x + 13, baseline, words);
        return x + 13 + fonts.width(words, labelFont, SMALL_SIZE) + 12;
    }

    /** A short bar for the legend, dashed for a date taken from context. */
    private static void bar(PDPageContentStream cs, float x, float y, Color colour, float tint, boolean dashed)
            throws IOException {
        cs.setNonStrokingColor(Palette.onWhite(colour, tint));
        Ink.pill(cs, x - 5, y - 3, 11, 6);
        cs.fill();
        cs.setStrokingColor(colour);
        cs.setLineWidth(0.6f);
        if (dashed) {
            cs.setLineDashPattern(new float[] {1.5f, 1}, 0);
        }
        Ink.pill(cs, x - 4.7f, y - 2.7f, 10.4f, 5.4f);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
    }

    /** A legend mark, drawn centred on a point. */
    @FunctionalInterface
    private interface Mark {
        void draw(float cx, float cy) throws IOException;
    }
}
