package dev.annals.ui.map;

import dev.annals.geo.Bounds;
import dev.annals.geo.ProjectedMap;
import dev.annals.geo.ProjectedShape;
import dev.annals.geo.Role;
import dev.annals.geo.Viewport;
import dev.annals.model.Country;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * A locator map on a canvas: the subject state, the members and the others in their colours, the
 * selected event's countries outlined, Europe with North America in an inset. It zooms and pans with
 * wheel, drag and keys, keeps its aspect when resized, and tells which country the user chose. Colours
 * come from CSS ({@code -annals-member-color} and the rest).
 */
public final class MapPanel extends Region {
    private static final StyleablePropertyFactory<MapPanel> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final double INSET_WIDTH = 0.26;
    private static final double INSET_HEIGHT = 0.30;
    private static final double MARGIN = 8;

    // --- content
    private final ObjectProperty<MapData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<Set<String>> members = new SimpleObjectProperty<>(this, "members", Set.of());
    private final ObjectProperty<Set<String>> outlined = new SimpleObjectProperty<>(this, "outlined", Set.of());
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Consumer<String>> onCountryChosen = new SimpleObjectProperty<>(this, "onCountryChosen", name -> { });
    private final ObjectProperty<Function<String, Integer>> mentions = new SimpleObjectProperty<>(this, "mentions", name -> 0);

    // --- colours
    private final ObjectProperty<Paint> seaColor = paint("seaColor", "-annals-sea-color", p -> p.seaColor, Color.web("#dcebf5"));
    private final ObjectProperty<Paint> subjectColor = paint("subjectColor", "-annals-subject-color", p -> p.subjectColor, Color.web("#e8590c"));
    private final ObjectProperty<Paint> memberColor = paint("memberColor", "-annals-member-color", p -> p.memberColor, Color.web("#2f6db5"));
    private final ObjectProperty<Paint> otherColor = paint("otherColor", "-annals-other-color", p -> p.otherColor, Color.web("#c9ced6"));
    private final ObjectProperty<Paint> borderColor = paint("borderColor", "-annals-border-color", p -> p.borderColor, Color.WHITE);
    private final ObjectProperty<Paint> outlineColor = paint("outlineColor", "-annals-outline-color", p -> p.outlineColor, Color.web("#111827"));
    private final ObjectProperty<Paint> textColor = paint("textColor", "-annals-text-color", p -> p.textColor, Color.web("#1f2933"));

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    /** Zoom and pan relative to the fitted view, so the map keeps its place when the panel is resized. */
    private double zoom = 1;
    private double panX;
    private double panY;
    private double dragX = Double.NaN;
    private double dragY;
    private boolean dragged;
    private ProjectedShape hovered;
    private ProjectedShape focused;

    @SuppressWarnings("unchecked")
    private ObjectProperty<Paint> paint(String name, String css, Function<MapPanel, ObjectProperty<Paint>> field, Color initial) {
        return (ObjectProperty<Paint>) STYLES.createStyleablePaintProperty(this, name, css,
                p -> (StyleableProperty<Paint>) field.apply(p), initial);
    }

    public MapPanel() {
        getStyleClass().add("map-panel");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("map");
        setMinSize(160, 120);
        tooltip.setShowDelay(Duration.millis(200));
        for (Observable o : List.<Observable>of(data, members, outlined, chosen, title, seaColor, subjectColor,
                memberColor, otherColor, borderColor, outlineColor, textColor, widthProperty(), heightProperty())) {
            o.addListener(x -> draw());
        }
        data.addListener((obs, old, now) -> resetView());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hovered = null;
            tooltip.hide();
            draw();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, was, is) -> draw());
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    // --- properties

    /** The prepared map of the open timeline; null while it is being prepared. */
    public ObjectProperty<MapData> dataProperty() {
        return data;
    }

    /** ISO codes of the states shown as members. */
    public ObjectProperty<Set<String>> membersProperty() {
        return members;
    }

    /** Names of the countries to outline (those the selected event mentions). */
    public ObjectProperty<Set<String>> outlinedProperty() {
        return outlined;
    }

    /** The country the timeline is filtered to, drawn as chosen; null for none. */
    public ObjectProperty<String> chosenProperty() {
        return chosen;
    }

    /** The line at the top of the map ("NATO on 19 January 2004 · 19 members"). */
    public StringProperty titleProperty() {
        return title;
    }

    /** Told the name of the country the user clicks or presses Enter on. */
    public ObjectProperty<Consumer<String>> onCountryChosenProperty() {
        return onCountryChosen;
    }

    /** How many events mention a country, for the tooltip. */
    public ObjectProperty<Function<String, Integer>> mentionsProperty() {
        return mentions;
    }

    public MapData getData() {
        return data.get();
    }

    public void setOnCountryChosen(Consumer<String> handler) {
        onCountryChosen.set(handler);
    }

    /** Shows the whole view again. */
    public void resetView() {
        zoom = 1;
        panX = 0;
        panY = 0;
        draw();
    }

    public void zoomBy(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }

    // --- geometry

    /** The Europe view: the frame fitted to the panel (aspect kept), then the user's zoom and pan. */
    Viewport mainView() {
        ProjectedMap europe = data.get().europe();
        return Viewport.fit(europe.frame(), MARGIN, 44, Math.max(1, getWidth() - 2 * MARGIN), Math.max(1, getHeight() - 52))
                .zoomedAt(zoom, getWidth() / 2, getHeight() / 2).panned(panX, panY);
    }

    private double[] insetBox() {
        double w = getWidth() * INSET_WIDTH;
        double h = getHeight() * INSET_HEIGHT;
        return new double[] {MARGIN, getHeight() - h - MARGIN, w, h};
    }

    private Viewport insetView() {
        double[] box = insetBox();
        return Viewport.fit(data.get().inset().frame(), box[0] + 2, box[1] + 2, box[2] - 4, box[3] - 4);
    }

    private boolean inInset(double x, double y) {
        double[] b = insetBox();
        return x >= b[0] && x <= b[0] + b[2] && y >= b[1] && y <= b[1] + b[3];
    }

    /** The shape under a point of the panel, in the inset or the main view. */
    Optional<ProjectedShape> shapeAt(double x, double y) {
        if (data.get() == null) {
            return Optional.empty();
        }
        if (data.get().needsInset() && inInset(x, y)) {
            Viewport v = insetView();
            return data.get().inset().shapeAt(v.planeX(x), v.planeY(y));
        }
        Viewport v = mainView();
        return data.get().europe().shapeAt(v.planeX(x), v.planeY(y));
    }

    /** Where a country's label point is on the panel, in the main view. */
    double[] screenPoint(ProjectedShape s) {
        Viewport v = mainView();
        return new double[] {v.screenX(s.labelX()), v.screenY(s.labelY())};
    }

    private void zoomAt(double factor, double x, double y) {
        double newZoom = Math.max(0.5, Math.min(40, zoom * factor));
        double applied = newZoom / zoom;
        // keep the point under (x, y) in place: pan scales about it
        double cx = getWidth() / 2 + panX;
        double cy = getHeight() / 2 + panY;
        panX = (cx - x) * applied + x - getWidth() / 2;
        panY = (cy - y) * applied + y - getHeight() / 2;
        zoom = newZoom;
        draw();
    }

    // --- drawing

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(seaColor.get());
        g.fillRect(0, 0, w, h);
        MapData d = data.get();
        if (d == null) {
            g.setFill(textColor.get());
            g.setFont(Font.font(12));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Preparing the map…", w / 2, h / 2);
            return;
        }
        Viewport main = mainView();
        drawShapes(g, d.europe(), main, 0, 0, w, h);
        if (d.needsInset()) {
            double[] box = insetBox();
            g.setFill(seaColor.get());
            g.fillRect(box[0], box[1], box[2], box[3]);
            g.save();
            g.beginPath();
            g.rect(box[0], box[1], box[2], box[3]);
            g.clip();
            drawShapes(g, d.inset(), insetView(), box[0], box[1], box[0] + box[2], box[1] + box[3]);
            g.restore();
            g.setStroke(outlineColor.get());
            g.setLineWidth(1);
            g.strokeRect(box[0] + 0.5, box[1] + 0.5, box[2] - 1, box[3] - 1);
        }
        drawTitleAndLegend(g, w, h);
        if (isFocused()) {
            g.setStroke(memberColor.get());
            g.setLineWidth(2);
            g.strokeRect(1, 1, w - 2, h - 2);
        }
    }

    private void drawShapes(GraphicsContext g, ProjectedMap map, Viewport v, double x0, double y0, double x1, double y1) {
        MapData d = data.get();
        Set<String> memberIsos = members.get();
        for (ProjectedShape s : map.shapes()) {
            Bounds b = s.bounds();
            double left = v.screenX(b.minX());
            double right = v.screenX(b.maxX());
            double top = v.screenY(b.maxY());
            double bottom = v.screenY(b.minY());
            if (right < x0 || left > x1 || bottom < y0 || top > y1) {
                continue; // only what is visible is drawn
            }
            Role role = d.locator().roleOf(s.country(), memberIsos);
            g.setFill(role == Role.SUBJECT ? subjectColor.get() : role == Role.MEMBER ? memberColor.get() : otherColor.get());
            path(g, s, v);
            g.setFillRule(FillRule.EVEN_ODD);
            g.fill();
            g.setStroke(borderColor.get());
            g.setLineWidth(0.6);
            g.stroke();
            String name = stateName(s);
            boolean isOutlined = name != null && outlined.get().contains(name);
            boolean isChosen = name != null && name.equals(chosen.get());
            if (isOutlined || isChosen || s == hovered || s == focused) {
                g.setStroke(isChosen ? subjectColor.get() : outlineColor.get());
                g.setLineWidth(isOutlined || isChosen ? 2.2 : 1.4);
                g.stroke();
            }
        }
    }

    private static void path(GraphicsContext g, ProjectedShape s, Viewport v) {
        g.beginPath();
        for (double[] ring : s.rings()) {
            g.moveTo(v.screenX(ring[0]), v.screenY(ring[1]));
            for (int i = 2; i < ring.length; i += 2) {
                g.lineTo(v.screenX(ring[i]), v.screenY(ring[i + 1]));
            }
            g.closePath();
        }
    }

    private void drawTitleAndLegend(GraphicsContext g, double w, double h) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(seaColor.get());
        g.setGlobalAlpha(0.85);
        g.fillRect(0, 0, w, 42);
        g.setGlobalAlpha(1);
        g.setFont(Font.font("System", FontWeight.BOLD, 13));
        g.setFill(textColor.get());
        g.fillText(title.get(), MARGIN, 14, w - 2 * MARGIN);
        // The locator's own name and the projection it asks for, as a locator map credits them.
        String map = data.get().locator().locator().map();
        g.setFont(Font.font(11));
        g.fillText((map == null ? "" : map.replaceFirst("\\.[A-Za-z]+$", "") + " · ")
                + data.get().europe().view().projection().name() + " · Natural Earth", MARGIN, 32, w - 2 * MARGIN);
        String subject = data.get().locator().subject().map(Country::name).orElse(null);
        String organisation = data.get().locator().locator().organisation();
        Font font = Font.font(11);
        double widest = 0;
        for (String label : new String[] {subject, organisation == null ? null : organisation + " member", "other state"}) {
            if (label != null) {
                javafx.scene.text.Text probe = new javafx.scene.text.Text(label);
                probe.setFont(font);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
        }
        double boxWidth = widest + 32;
        double x = w - MARGIN - boxWidth + 6;
        double y = h - MARGIN - 52;
        g.setFill(seaColor.get());
        g.setGlobalAlpha(0.85);
        g.fillRoundRect(x - 6, y - 12, boxWidth, 58, 6, 6);
        g.setGlobalAlpha(1);
        g.setFont(font);
        int row = 0;
        if (subject != null) {
            legend(g, x, y + 16 * row++, subjectColor.get(), subject);
        }
        if (organisation != null) {
            legend(g, x, y + 16 * row++, memberColor.get(), organisation + " member");
        }
        legend(g, x, y + 16 * row, otherColor.get(), "other state");
    }

    private void legend(GraphicsContext g, double x, double y, Paint colour, String text) {
        g.setFill(colour);
        g.fillRect(x, y - 5, 12, 10);
        g.setStroke(borderColor.get());
        g.strokeRect(x, y - 5, 12, 10);
        g.setFill(textColor.get());
        g.fillText(text, x + 18, y);
    }

    // --- interaction

    private String stateName(ProjectedShape s) {
        return data.get().matcher().stateOf(s.country()).map(Country::name).orElse(null);
    }

    /** What the tooltip and the screen reader say about a country. */
    String describe(ProjectedShape s) {
        String name = stateName(s);
        if (name == null) {
            return s.country().atlasName();
        }
        MapData d = data.get();
        Role role = d.locator().roleOf(s.country(), members.get());
        String status = switch (role) {
            case SUBJECT -> "the article's subject";
            case MEMBER -> d.locator().memberSince(s.country()).map(since -> "member since " + words(since)).orElse("member");
            case OTHER -> d.locator().memberSince(s.country()).map(since -> "not yet a member (joins on " + words(since) + ")")
                    .orElse("not a member");
        };
        int n = mentions.get().apply(name);
        return name + ": " + status + "; mentioned in " + n + (n == 1 ? " event" : " events");
    }

    private static String words(java.time.LocalDate day) {
        return dev.annals.model.PartialDate.ofDay(day).toText();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (Double.isNaN(dragX) || data.get() == null) {
            return;
        }
        dragged |= Math.hypot(e.getX() - dragX, e.getY() - dragY) > 3;
        if (dragged) {
            setCursor(Cursor.CLOSED_HAND);
            panX += e.getX() - dragX;
            panY += e.getY() - dragY;
            dragX = e.getX();
            dragY = e.getY();
            draw();
        }
    }

    private void released(MouseEvent e) {
        setCursor(Cursor.DEFAULT);
        dragX = Double.NaN;
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            shapeAt(e.getX(), e.getY()).ifPresent(this::choose);
        }
    }

    private void choose(ProjectedShape s) {
        String name = stateName(s);
        if (name != null) {
            onCountryChosen.get().accept(name);
        }
    }

    private void hovered(MouseEvent e) {
        ProjectedShape s = shapeAt(e.getX(), e.getY()).orElse(null);
        if (s != hovered) {
            hovered = s;
            draw();
        }
        if (s == null) {
            tooltip.hide();
            setCursor(Cursor.DEFAULT);
        } else {
            setCursor(Cursor.HAND);
            tooltip.setText(describe(s));
            tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 14);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(Math.pow(2, e.getDeltaY() / 160), e.getX(), e.getY());
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        if (data.get() == null) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomBy(1.5);
            case MINUS, SUBTRACT -> zoomBy(1 / 1.5);
            case DIGIT0, NUMPAD0, R -> resetView();
            case LEFT -> moveFocus(-1, 0);
            case RIGHT -> moveFocus(1, 0);
            case UP -> moveFocus(0, -1);
            case DOWN -> moveFocus(0, 1);
            case ENTER, SPACE -> {
                if (focused != null) {
                    choose(focused);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Moves the keyboard focus to the nearest visible country in a direction (from the map's centre when
     * none has it yet), and tells the screen reader its name and status.
     */
    private void moveFocus(int dx, int dy) {
        double[] from = focused == null ? new double[] {getWidth() / 2 - dx * getWidth(), getHeight() / 2 - dy * getHeight()}
                : screenPoint(focused);
        Optional<ProjectedShape> next = data.get().europe().shapes().stream()
                .filter(s -> s != focused && stateName(s) != null)
                .filter(s -> {
                    double[] p = screenPoint(s);
                    double along = (p[0] - from[0]) * dx + (p[1] - from[1]) * dy;
                    return along > 1 && p[0] >= 0 && p[0] <= getWidth() && p[1] >= 0 && p[1] <= getHeight();
                })
                .min(Comparator.comparingDouble(s -> {
                    double[] p = screenPoint(s);
                    double along = (p[0] - from[0]) * dx + (p[1] - from[1]) * dy;
                    double across = Math.abs((p[0] - from[0]) * dy) + Math.abs((p[1] - from[1]) * dx);
                    return along + 2 * across;
                }));
        next.ifPresent(s -> {
            focused = s;
            setAccessibleText(describe(s));
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            draw();
        });
    }

    /** The country the keyboard focus is on, for tests and the screen reader. */
    Optional<String> focusedCountry() {
        return Optional.ofNullable(focused).map(this::stateName);
    }
}
