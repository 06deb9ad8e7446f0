package dev.annals.ui.timeline;

import dev.annals.layout.DateLabels;
import dev.annals.layout.EventIndex;
import dev.annals.layout.TimeWindow;
import dev.annals.model.Event;
import dev.annals.model.Period;
import dev.annals.ui.model.PeriodSelection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * A zoomable, scrollable axis of years with the timeline's events as markers and its periods as bands.
 * It shows {@link #indexProperty() index} within {@link #windowProperty() window}; the user selects,
 * zooms, pans and marks a period with mouse or keyboard, which changes the properties the window's
 * model binds to; its keys become {@link AxisCommand}s for {@link #onCommandProperty()}. Colours, fonts
 * and sizes come from CSS ({@code -annals-marker-color}, {@code -annals-label-font} and the rest, see
 * year-axis.css).
 */
public final class YearAxis extends Control {
    private static final StyleablePropertyFactory<YearAxis> STYLES = new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    // --- content
    private final ObjectProperty<EventIndex> index = new SimpleObjectProperty<>(this, "index", new EventIndex(List.of()));
    private final ObjectProperty<List<Period>> periods = new SimpleObjectProperty<>(this, "periods", List.of());
    private final ObjectProperty<Predicate<Event>> highlighted = new SimpleObjectProperty<>(this, "highlighted", e -> false);

    // --- state shared with the model
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window",
            new EventIndex(List.of()).fittingWindow());
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<PeriodSelection> selectedPeriod = new SimpleObjectProperty<>(this, "selectedPeriod");

    // --- what the axis's keys ask for
    private final ObjectProperty<Consumer<AxisCommand>> onCommand = new SimpleObjectProperty<>(this, "onCommand");

    // --- how it looks, set from CSS (year-axis.css; the defaults here are the light theme's)
    private final ObjectProperty<Paint> markerColor = paint("markerColor", "-annals-marker-color", a -> a.markerColor, Color.web("#2f6db5"));
    private final ObjectProperty<Paint> contextColor = paint("contextColor", "-annals-context-color", a -> a.contextColor, Color.web("#7a5cb0"));
    private final ObjectProperty<Paint> selectionColor = paint("selectionColor", "-annals-selection-color", a -> a.selectionColor, Color.web("#d9480f"));
    private final ObjectProperty<Paint> highlightColor = paint("highlightColor", "-annals-highlight-color", a -> a.highlightColor, Color.web("#ffe38a"));
    private final ObjectProperty<Paint> bandColor = paint("bandColor", "-annals-band-color", a -> a.bandColor, Color.web("#f3f5f9"));
    private final ObjectProperty<Paint> bandAltColor = paint("bandAltColor", "-annals-band-alt-color", a -> a.bandAltColor, Color.web("#e8edf4"));
    private final ObjectProperty<Paint> textColor = paint("textColor", "-annals-text-color", a -> a.textColor, Color.web("#1f2933"));
    private final ObjectProperty<Paint> mutedColor = paint("mutedColor", "-annals-muted-color", a -> a.mutedColor, Color.web("#6b7785"));
    private final ObjectProperty<Paint> periodSelectionColor = paint("periodSelectionColor", "-annals-period-selection-color", a -> a.periodSelectionColor, Color.web("#d9480f", 0.12));
    private final ObjectProperty<Paint> badgeTextColor = paint("badgeTextColor", "-annals-badge-text-color", a -> a.badgeTextColor, Color.web("#ffffff"));
    /** Under labels and inside bars, so grid lines do not show through: the axis's own background. */
    private final ObjectProperty<Paint> surfaceColor = paint("surfaceColor", "-annals-surface-color", a -> a.surfaceColor, Color.web("#ffffff"));
    private final ObjectProperty<Font> labelFont = font("labelFont", "-annals-label-font", a -> a.labelFont, Font.font("System", 12));
    /** Ticks, period names and badge counts. */
    private final ObjectProperty<Font> smallFont = font("smallFont", "-annals-small-font", a -> a.smallFont, Font.font("System", 11));
    private final ObjectProperty<Number> rowHeight = size("rowHeight", "-annals-row-height", a -> a.rowHeight, 22);
    /** How long a label may be where the next one is close; where there is room it is longer. */
    private final ObjectProperty<Number> maxLabelWidth = size("maxLabelWidth", "-annals-max-label-width", a -> a.maxLabelWidth, 240);

    @SuppressWarnings("unchecked")
    private ObjectProperty<Paint> paint(String name, String cssName, Function<YearAxis, ObjectProperty<Paint>> field,
            Color initial) {
        return (ObjectProperty<Paint>) STYLES.createStyleablePaintProperty(this, name, cssName,
                a -> (StyleableProperty<Paint>) field.apply(a), initial);
    }

    @SuppressWarnings("unchecked")
    private ObjectProperty<Font> font(String name, String cssName, Function<YearAxis, ObjectProperty<Font>> field,
            Font initial) {
        return (ObjectProperty<Font>) STYLES.createStyleableFontProperty(this, name, cssName,
                a -> (StyleableProperty<Font>) field.apply(a), initial);
    }

    @SuppressWarnings("unchecked")
    private ObjectProperty<Number> size(String name, String cssName, Function<YearAxis, ObjectProperty<Number>> field,
            double initial) {
        return (ObjectProperty<Number>) STYLES.createStyleableNumberProperty(this, name, cssName,
                a -> (StyleableProperty<Number>) field.apply(a), initial);
    }

    public YearAxis() {
        getStyleClass().add("year-axis");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleRoleDescription("timeline");
        YearAxisKeys.install(this);
        selectedEvent.addListener((obs, old, now) -> {
            setAccessibleText(now == null ? "No event selected" : describe(now));
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        });
    }

    /** What a screen reader says for an event: its date as the text states it, then its headline. */
    public static String describe(Event e) {
        return DateLabels.asStated(e) + ": " + e.headline();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new YearAxisSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return YearAxis.class.getResource("year-axis.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    // --- properties

    /** The events to show, indexed by time. */
    public ObjectProperty<EventIndex> indexProperty() {
        return index;
    }

    /** The article's periods, drawn as bands. */
    public ObjectProperty<List<Period>> periodsProperty() {
        return periods;
    }

    /** Which events to highlight (search matches). */
    public ObjectProperty<Predicate<Event>> highlightedProperty() {
        return highlighted;
    }

    /** The stretch of time shown. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** The selected event. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The period marked for export. */
    public ObjectProperty<PeriodSelection> selectedPeriodProperty() {
        return selectedPeriod;
    }

    /** Runs what the axis's keys ask for (the axis handles its own keys; the window does not). */
    public ObjectProperty<Consumer<AxisCommand>> onCommandProperty() {
        return onCommand;
    }

    public Consumer<AxisCommand> getOnCommand() {
        return onCommand.get();
    }

    public void setOnCommand(Consumer<AxisCommand> value) {
        onCommand.set(value);
    }

    public ObjectProperty<Paint> markerColorProperty() {
        return markerColor;
    }

    public ObjectProperty<Paint> contextColorProperty() {
        return contextColor;
    }

    public ObjectProperty<Paint> selectionColorProperty() {
        return selectionColor;
    }

    public ObjectProperty<Paint> highlightColorProperty() {
        return highlightColor;
    }

    public ObjectProperty<Paint> bandColorProperty() {
        return bandColor;
    }

    public ObjectProperty<Paint> bandAltColorProperty() {
        return bandAltColor;
    }

    public ObjectProperty<Paint> textColorProperty() {
        return textColor;
    }

    public ObjectProperty<Paint> mutedColorProperty() {
        return mutedColor;
    }

    public ObjectProperty<Paint> periodSelectionColorProperty() {
        return periodSelectionColor;
    }

    public ObjectProperty<Paint> badgeTextColorProperty() {
        return badgeTextColor;
    }

    public ObjectProperty<Paint> surfaceColorProperty() {
        return surfaceColor;
    }

    public ObjectProperty<Font> labelFontProperty() {
        return labelFont;
    }

    public ObjectProperty<Font> smallFontProperty() {
        return smallFont;
    }

    public ObjectProperty<Number> rowHeightProperty() {
        return rowHeight;
    }

    public ObjectProperty<Number> maxLabelWidthProperty() {
        return maxLabelWidth;
    }

    // --- plain accessors

    public EventIndex getIndex() {
        return index.get();
    }

    public void setIndex(EventIndex value) {
        index.set(value);
    }

    public List<Period> getPeriods() {
        return periods.get();
    }

    public Predicate<Event> getHighlighted() {
        return highlighted.get();
    }

    public TimeWindow getWindow() {
        return window.get();
    }

    public void setWindow(TimeWindow value) {
        window.set(value);
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(Event value) {
        selectedEvent.set(value);
    }

    public PeriodSelection getSelectedPeriod() {
        return selectedPeriod.get();
    }

    public void setSelectedPeriod(PeriodSelection value) {
        selectedPeriod.set(value);
    }

    public Paint getMarkerColor() {
        return markerColor.get();
    }

    public Paint getContextColor() {
        return contextColor.get();
    }

    public Paint getSelectionColor() {
        return selectionColor.get();
    }

    public Paint getHighlightColor() {
        return highlightColor.get();
    }

    public Paint getBandColor() {
        return bandColor.get();
    }

    public Paint getBandAltColor() {
        return bandAltColor.get();
    }

    public Paint getTextColor() {
        return textColor.get();
    }

    public Paint getMutedColor() {
        return mutedColor.get();
    }

    public Paint getPeriodSelectionColor() {
        return periodSelectionColor.get();
    }

    public Paint getBadgeTextColor() {
        return badgeTextColor.get();
    }

    public Paint getSurfaceColor() {
        return surfaceColor.get();
    }

    public Font getLabelFont() {
        return labelFont.get();
    }

    public Font getSmallFont() {
        return smallFont.get();
    }

    public double getRowHeight() {
        return rowHeight.get().doubleValue();
    }

    public double getMaxLabelWidth() {
        return maxLabelWidth.get().doubleValue();
    }

    /** The period [from, to) in days with the events whose markers lie in it; null when shorter than a day. */
    public PeriodSelection periodBetween(double from, double to) {
        return PeriodSelection.between(getIndex(), from, to);
    }
}
