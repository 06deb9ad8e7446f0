package dev.annals.ui.map;

import dev.annals.geo.MapColour;
import dev.annals.geo.MapDate;
import dev.annals.geo.MapPalette;
import dev.annals.geo.MapZoom;
import dev.annals.geo.PreparedMap;
import dev.annals.geo.ProjectedShape;
import dev.annals.geo.Role;
import dev.annals.model.PartialDate;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The member-state map: the subject, the members and the other states in their colours, membership on
 * a {@link #dateProperty() date}, the selected event's countries outlined, the country the timeline is
 * filtered to, Europe with North America in an inset. The user zooms, pans and moves between countries
 * with mouse and keys and chooses a country; what it draws is styled from CSS (member-state-map.css, the
 * theme sheets), its defaults being the light theme's.
 */
public final class MemberStateMap extends Control {
    private static final StyleablePropertyFactory<MemberStateMap> STYLES = new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final Map<MapColour, CssMetaData<MemberStateMap, Paint>> PAINTS = new EnumMap<>(MapColour.class);
    private static final CssMetaData<MemberStateMap, Font> TITLE_FONT = STYLES.createFontCssMetaData(
            "-annals-title-font", m -> m.titleFont, Font.font("System", FontWeight.BOLD, 13));
    private static final CssMetaData<MemberStateMap, Font> LABEL_FONT = STYLES.createFontCssMetaData(
            "-annals-label-font", m -> m.labelFont, Font.font("System", 11));
    private static final CssMetaData<MemberStateMap, Number> BORDER_WIDTH = STYLES.createSizeCssMetaData(
            "-annals-border-width", m -> m.borderWidth, 0.6);
    private static final CssMetaData<MemberStateMap, Number> OUTLINE_WIDTH = STYLES.createSizeCssMetaData(
            "-annals-outline-width", m -> m.outlineWidth, 2.2);
    private static final CssMetaData<MemberStateMap, Number> FOCUS_WIDTH = STYLES.createSizeCssMetaData(
            "-annals-focus-width", m -> m.focusWidth, 2.5);

    private static final String ACCESSIBLE_TEXT = "Member-state map; arrow keys move between countries, Enter filters the timeline";

    static {
        for (MapColour c : MapColour.values()) {
            PAINTS.put(c, STYLES.createPaintCssMetaData(c.cssProperty(), m -> m.paints.get(c), lightTheme(c)));
        }
    }

    // --- content
    private final ObjectProperty<PreparedMap> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<MapDate> date = new SimpleObjectProperty<>(this, "date", MapDate.today(LocalDate.now()));
    private final ObjectProperty<Set<String>> outlined = new SimpleObjectProperty<>(this, "outlined", Set.of());
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "Preparing the map…");
    private final ObjectProperty<ToIntFunction<String>> mentions = new SimpleObjectProperty<>(this, "mentions", name -> 0);
    private final ObjectProperty<Consumer<String>> onCountryChosen = new SimpleObjectProperty<>(this, "onCountryChosen", name -> { });

    // --- what the user does to it
    private final ObjectProperty<MapZoom> zoom = new SimpleObjectProperty<>(this, "zoom", MapZoom.NONE);
    private final ObjectProperty<ProjectedShape> focusedCountry = new SimpleObjectProperty<>(this, "focusedCountry");
    private final ObjectProperty<ProjectedShape> hoveredCountry = new SimpleObjectProperty<>(this, "hoveredCountry");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    // --- styles, settable from CSS
    private final Map<MapColour, SimpleStyleableObjectProperty<Paint>> paints = new EnumMap<>(MapColour.class);
    private final SimpleStyleableObjectProperty<Font> titleFont = new SimpleStyleableObjectProperty<>(TITLE_FONT, this, "titleFont", TITLE_FONT.getInitialValue(null));
    private final SimpleStyleableObjectProperty<Font> labelFont = new SimpleStyleableObjectProperty<>(LABEL_FONT, this, "labelFont", LABEL_FONT.getInitialValue(null));
    private final SimpleStyleableDoubleProperty borderWidth = new SimpleStyleableDoubleProperty(BORDER_WIDTH, this, "borderWidth", 0.6);
    private final SimpleStyleableDoubleProperty outlineWidth = new SimpleStyleableDoubleProperty(OUTLINE_WIDTH, this, "outlineWidth", 2.2);
    private final SimpleStyleableDoubleProperty focusWidth = new SimpleStyleableDoubleProperty(FOCUS_WIDTH, this, "focusWidth", 2.5);

    public MemberStateMap() {
        for (MapColour c : MapColour.values()) {
            paints.put(c, new SimpleStyleableObjectProperty<>(PAINTS.get(c), this, c.name(), lightTheme(c)));
        }
        getStyleClass().add("member-state-map");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("map");
        setMinSize(160, 120);
        // A new timeline's map starts fresh: no country kept from the last one, the whole view.
        data.addListener((obs, old, now) -> {
            focusedCountry.set(null);
            hoveredCountry.set(null);
            zoom.set(MapZoom.NONE);
            status.set("");
        });
        setAccessibleText(ACCESSIBLE_TEXT);
        focusedCountry.addListener((obs, old, now) -> {
            status.set(now == null ? "" : describe(now));
            setAccessibleText(now == null ? ACCESSIBLE_TEXT : describe(now));
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        });
    }

    /** The light theme's colour for a role: the default of its styleable property. */
    private static Color lightTheme(MapColour role) {
        MapPalette.Colour c = MapPalette.light().colour(role);
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MemberStateMapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return MemberStateMap.class.getResource("member-state-map.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    // --- properties

    /** The prepared map of the open timeline; null while it is being prepared or when that failed. */
    public ObjectProperty<PreparedMap> dataProperty() {
        return data;
    }

    /** Whose membership the map shows: on a day, or as the article lists it. */
    public ObjectProperty<MapDate> dateProperty() {
        return date;
    }

    /** Names of the countries to outline (those the selected event names). */
    public ObjectProperty<Set<String>> outlinedProperty() {
        return outlined;
    }

    /** The country the timeline is filtered to, drawn in its own style; null for none. */
    public ObjectProperty<String> chosenProperty() {
        return chosen;
    }

    /** What the map says while it has no data: that it is being prepared, or why it could not be. */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    /** How many events mention a country, for what the map says about it. */
    public ObjectProperty<ToIntFunction<String>> mentionsProperty() {
        return mentions;
    }

    /** Told the name of the country the user clicks or presses Enter on. */
    public ObjectProperty<Consumer<String>> onCountryChosenProperty() {
        return onCountryChosen;
    }

    /** The user's zoom and pan. */
    public ObjectProperty<MapZoom> zoomProperty() {
        return zoom;
    }

    /** The country the arrow keys have reached, or null. */
    public ObjectProperty<ProjectedShape> focusedCountryProperty() {
        return focusedCountry;
    }

    /** The country under the pointer, or null. */
    public ObjectProperty<ProjectedShape> hoveredCountryProperty() {
        return hoveredCountry;
    }

    /** One line about the focused country, or a message about what the user just did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The colour CSS gives a role. */
    public ObjectProperty<Paint> paintProperty(MapColour role) {
        return paints.get(role);
    }

    public ObjectProperty<Font> titleFontProperty() {
        return titleFont;
    }

    /** The font of the credit line, the legend and the placeholder. */
    public ObjectProperty<Font> labelFontProperty() {
        return labelFont;
    }

    /** Width of the line between countries. */
    public DoubleProperty borderWidthProperty() {
        return borderWidth;
    }

    /** Width of the outline of the event's countries and of the chosen country. */
    public DoubleProperty outlineWidthProperty() {
        return outlineWidth;
    }

    /** Width of the keyboard focus's outline; its halo is wider. */
    public DoubleProperty focusWidthProperty() {
        return focusWidth;
    }

    // --- plain accessors and actions

    public PreparedMap getData() {
        return data.get();
    }

    public void setOnCountryChosen(Consumer<String> handler) {
        onCountryChosen.set(handler);
    }

    /** Shows the whole map again. */
    public void resetView() {
        zoom.set(MapZoom.NONE);
    }

    /** Zooms about the middle of the map; above 1 is closer. */
    public void zoomBy(double factor) {
        // the canvas lies inside the focus border: zoom about its middle
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        zoom.set(zoom.get().zoomedAt(factor, w / 2, h / 2, w, h));
    }

    /** Shows a message in the map's status line until the focus moves on. */
    public void tell(String message) {
        status.set(message);
    }

    /** Hands a country to {@link #onCountryChosenProperty()}; a shape of no state is ignored. */
    void choose(ProjectedShape shape) {
        String name = getData() == null ? null : getData().stateName(shape);
        if (name != null) {
            onCountryChosen.get().accept(name);
        }
    }

    /** What the status line, the tooltip and the screen reader say about a country. */
    String describe(ProjectedShape s) {
        PreparedMap d = getData();
        String name = d.stateName(s);
        if (name == null) {
            return s.country().atlasName();
        }
        Role role = d.locator().roleOf(s.country(), date.get().members(d.locator()));
        String status = switch (role) {
            case SUBJECT -> "the article's subject";
            case MEMBER -> d.locator().memberSince(s.country()).map(since -> "member since " + words(since)).orElse("member");
            case OTHER -> d.locator().memberSince(s.country()).map(since -> "not yet a member (joins on " + words(since) + ")")
                    .orElse("not a member");
        };
        int n = mentions.get().applyAsInt(name);
        return name + ": " + status + "; mentioned in " + (n == 0 ? "no event" : n == 1 ? "1 event" : n + " events");
    }

    private static String words(LocalDate day) {
        return PartialDate.ofDay(day).toText();
    }
}
