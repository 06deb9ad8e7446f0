package dev.annals.ui.timeline;

import dev.annals.layout.EventIndex;
import dev.annals.layout.TimeScale;
import dev.annals.layout.TimeWindow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The whole timeline in one strip under the axis: how many events fall in each slice of time, and the
 * window the axis shows, which the user can drag (or click to jump to). Colours come from CSS
 * ({@code -annals-density-color} and the rest, see overview-strip.css), its height too.
 */
public final class OverviewStrip extends Region {
    private static final StyleablePropertyFactory<OverviewStrip> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final double SLICE = 3;

    private final ObjectProperty<EventIndex> index = new SimpleObjectProperty<>(this, "index", new EventIndex(List.of()));
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window",
            new EventIndex(List.of()).fittingWindow());
    // --- how it looks, set from CSS (overview-strip.css; the defaults here are the light theme's)
    private final ObjectProperty<Paint> trackColor = paint("trackColor", "-annals-track-color", s -> s.trackColor, Color.web("#eef1f4"));
    private final ObjectProperty<Paint> densityColor = paint("densityColor", "-annals-density-color", s -> s.densityColor, Color.web("#2f6db5", 0.75));
    private final ObjectProperty<Paint> windowColor = paint("windowColor", "-annals-window-color", s -> s.windowColor, Color.web("#d9480f"));
    private final ObjectProperty<Paint> windowFillColor = paint("windowFillColor", "-annals-window-fill-color", s -> s.windowFillColor, Color.web("#d9480f", 0.12));

    private final Canvas canvas = new Canvas();
    private final OncePerPulse redraw = new OncePerPulse(canvas, this::draw);
    private double dragOffsetDays = Double.NaN;

    public OverviewStrip() {
        getStyleClass().add("overview-strip");
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleText("Overview of the whole timeline");
        for (Observable o : List.<Observable>of(index, window, trackColor, densityColor, windowColor, windowFillColor,
                canvas.widthProperty(), canvas.heightProperty())) {
            o.addListener(x -> redraw.invalidate());
        }
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(e -> dragOffsetDays = Double.NaN);
        canvas.setOnMouseMoved(e -> canvas.setCursor(inWindow(e.getX()) ? Cursor.OPEN_HAND : Cursor.HAND));
    }

    /** The events whose density the strip shows. */
    public ObjectProperty<EventIndex> indexProperty() {
        return index;
    }

    /** The axis's visible window, drawn as a draggable frame. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    @SuppressWarnings("unchecked")
    private ObjectProperty<Paint> paint(String name, String cssName, Function<OverviewStrip, ObjectProperty<Paint>> field,
            Color initial) {
        return (ObjectProperty<Paint>) STYLES.createStyleablePaintProperty(this, name, cssName,
                s -> (StyleableProperty<Paint>) field.apply(s), initial);
    }

    public ObjectProperty<Paint> trackColorProperty() {
        return trackColor;
    }

    public ObjectProperty<Paint> densityColorProperty() {
        return densityColor;
    }

    public ObjectProperty<Paint> windowColorProperty() {
        return windowColor;
    }

    public ObjectProperty<Paint> windowFillColorProperty() {
        return windowFillColor;
    }

    @Override
    public String getUserAgentStylesheet() {
        return OverviewStrip.class.getResource("overview-strip.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
    }

    /** The stretch the strip spans: all events, widened to include the visible window. */
    private TimeScale scale() {
        TimeWindow all = index.get().fittingWindow();
        TimeWindow w = window.get();
        TimeWindow span = new TimeWindow(Math.min(all.start(), w.start()), Math.max(all.end(), w.end()));
        return new TimeScale(span, Math.max(1, canvas.getWidth()));
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(trackColor.get());
        g.fillRect(0, 0, w, h);
        TimeScale s = scale();
        EventIndex idx = index.get();
        int slices = (int) Math.ceil(w / SLICE);
        int[] counts = new int[slices];
        int max = 1;
        for (int i = 0; i < slices; i++) {
            counts[i] = idx.count(s.day(i * SLICE), s.day((i + 1) * SLICE));
            max = Math.max(max, counts[i]);
        }
        g.setFill(densityColor.get());
        for (int i = 0; i < slices; i++) {
            if (counts[i] > 0) {
                double bar = 3 + (h - 8) * Math.sqrt(counts[i] / (double) max);
                g.fillRect(i * SLICE, h - bar, SLICE - 0.5, bar);
            }
        }
        double x1 = s.x(window.get().start());
        double x2 = s.x(window.get().end());
        g.setFill(windowFillColor.get());
        g.fillRect(x1, 0, Math.max(2, x2 - x1), h);
        g.setStroke(windowColor.get());
        g.setLineWidth(1.5);
        g.strokeRect(x1 + 0.75, 0.75, Math.max(2, x2 - x1 - 1.5), h - 1.5);
    }

    /** How many times the strip has been drawn. */
    int draws() {
        return redraw.draws();
    }

    private boolean inWindow(double x) {
        TimeScale s = scale();
        return x >= s.x(window.get().start()) && x <= s.x(window.get().end());
    }

    private void pressed(MouseEvent e) {
        TimeScale s = scale();
        TimeWindow w = window.get();
        double day = s.day(e.getX());
        if (!inWindow(e.getX())) {
            w = w.pan(day - w.centre());
            window.set(w);
        }
        dragOffsetDays = day - w.start();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (Double.isNaN(dragOffsetDays)) {
            return;
        }
        canvas.setCursor(Cursor.CLOSED_HAND);
        TimeWindow w = window.get();
        double start = scale().day(e.getX()) - dragOffsetDays;
        window.set(w.pan(start - w.start()));
        e.consume();
    }
}
