package dev.annals.ui.map;

import dev.annals.geo.MapColour;
import dev.annals.geo.MapLayout;
import dev.annals.geo.MapPicture;
import dev.annals.geo.MapState;
import dev.annals.geo.PathSink;
import dev.annals.geo.ProjectedShape;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link MemberStateMap} on a canvas from the {@link MapLayout}'s picture. Any change marks the
 * map dirty and asks for a layout pass; the pass paints once, so a frame paints the map once however
 * many properties changed. Input is {@link MapInput}'s.
 */
final class MemberStateMapSkin extends SkinBase<MemberStateMap> {
    private static final double MARGIN = 8;

    private final Canvas canvas = new Canvas();
    private final Text probe = new Text();
    private final MapInput input;
    private MapPicture picture;
    private boolean stale = true;
    private boolean dirty = true;
    private int paints;

    MemberStateMapSkin(MemberStateMap map) {
        super(map);
        getChildren().add(canvas);
        List<Observable> shown = new ArrayList<>(List.of(map.dataProperty(), map.dateProperty(),
                map.outlinedProperty(), map.chosenProperty(), map.placeholderProperty(), map.zoomProperty(),
                map.focusedCountryProperty(), map.hoveredCountryProperty(), map.titleFontProperty(),
                map.labelFontProperty(), map.borderWidthProperty(), map.outlineWidthProperty(), map.focusWidthProperty(), map.focusedProperty()));
        for (MapColour c : MapColour.values()) {
            shown.add(map.paintProperty(c));
        }
        for (Observable o : shown) {
            registerInvalidationListener(o, x -> markDirty());
        }
        input = new MapInput(map, this, canvas);
    }

    @Override
    public void dispose() {
        input.dispose();
        super.dispose();
    }

    private void markDirty() {
        stale = true;
        if (!dirty) {
            dirty = true;
            getSkinnable().requestLayout();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        if (canvas.getWidth() != Math.max(1, w) || canvas.getHeight() != Math.max(1, h)) {
            canvas.setWidth(Math.max(1, w));
            canvas.setHeight(Math.max(1, h));
            stale = true;
            dirty = true;
        }
        if (dirty) {
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 420 + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + 360 + bottom;
    }

    /** The picture of the map as it is now, for painting and hit testing; null while there is no map. */
    MapPicture picture() {
        MemberStateMap map = getSkinnable();
        if (map.getData() == null) {
            return null;
        }
        if (stale || picture == null) {
            Font font = map.labelFontProperty().get();
            MapLayout layout = new MapLayout(new MapLayout.Metrics(MARGIN, lineHeight(map.titleFontProperty().get()),
                    lineHeight(font), 12), label -> width(label, font));
            // the focus outline shows only while the keyboard is on the map
            ProjectedShape focused = map.isFocused() ? map.focusedCountryProperty().get() : null;
            MapState state = new MapState(map.getData(), map.dateProperty().get(), map.outlinedProperty().get(),
                    map.chosenProperty().get(), focused, map.hoveredCountryProperty().get(), map.zoomProperty().get());
            picture = layout.layout(state, canvas.getWidth(), canvas.getHeight());
            stale = false;
        }
        return picture;
    }

    /** How many times the map has been painted, for tests of painting once per frame. */
    int paints() {
        return paints;
    }

    private double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    private double lineHeight(Font font) {
        probe.setFont(font);
        probe.setText("Ag");
        return Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
    }

    // --- painting

    private void paint() {
        dirty = false;
        paints++;
        MemberStateMap map = getSkinnable();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(paint(MapColour.SEA));
        g.fillRect(0, 0, w, h);
        MapPicture p = picture();
        g.setTextBaseline(VPos.CENTER);
        if (p == null) {
            g.setFill(paint(MapColour.TEXT));
            g.setFont(map.labelFontProperty().get());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(map.placeholderProperty().get(), w / 2, h / 2, w - 2 * MARGIN);
            return;
        }
        layer(g, p.main());
        p.inset().ifPresent(inset -> {
            MapPicture.Box b = inset.box();
            g.save();
            g.beginPath();
            g.rect(b.x(), b.y(), b.width(), b.height());
            g.clip();
            g.setFill(paint(MapColour.SEA));
            g.fillRect(b.x(), b.y(), b.width(), b.height());
            layer(g, inset);
            g.restore();
            g.setStroke(paint(MapColour.FRAME));
            g.setLineWidth(1);
            g.strokeRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1);
        });
        fill(g, MapColour.PANEL, p.header());
        g.setTextAlign(TextAlignment.LEFT);
        text(g, map.titleFontProperty().get(), p.title());
        text(g, map.labelFontProperty().get(), p.credit());
        legend(g, p.legend());
    }

    private void layer(GraphicsContext g, MapPicture.Layer layer) {
        MemberStateMap map = getSkinnable();
        PathSink<RuntimeException> path = new PathSink<>() {
            @Override
            public void moveTo(double x, double y) {
                g.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                g.lineTo(x, y);
            }

            @Override
            public void closePath() {
                g.closePath();
            }
        };
        g.setFillRule(FillRule.EVEN_ODD);
        g.setStroke(paint(MapColour.BORDER));
        g.setLineWidth(map.borderWidthProperty().get());
        for (MapPicture.Painted p : layer.countries()) {
            g.setFill(paint(p.fill()));
            g.beginPath();
            layer.trace(p.shape(), path);
            g.fill();
            g.stroke();
        }
        for (MapPicture.Outlined o : layer.outlines()) {
            g.beginPath();
            layer.trace(o.shape(), path);
            double width = switch (o.emphasis()) {
                case HOVER -> map.borderWidthProperty().get() + 0.8;
                case FOCUS -> map.focusWidthProperty().get();
                default -> map.outlineWidthProperty().get();
            };
            if (o.emphasis() == MapPicture.Emphasis.FOCUS) {
                g.setStroke(paint(MapColour.FOCUS_HALO));
                g.setLineWidth(width * 2.4);
                g.stroke();
            }
            g.setStroke(paint(o.emphasis().colour()));
            g.setLineWidth(width);
            g.stroke();
        }
    }

    private void legend(GraphicsContext g, MapPicture.Legend legend) {
        fill(g, MapColour.PANEL, legend.box());
        g.setFont(getSkinnable().labelFontProperty().get());
        for (MapPicture.LegendRow row : legend.rows()) {
            double top = row.centreY() - legend.swatchHeight() / 2;
            if (row.swatch() == MapPicture.Swatch.FILL) {
                g.setFill(paint(row.colour()));
                g.fillRect(row.x(), top, legend.swatchWidth(), legend.swatchHeight());
                g.setStroke(paint(MapColour.BORDER));
                g.setLineWidth(1);
            } else {
                g.setStroke(paint(row.colour()));
                g.setLineWidth(2);
            }
            g.strokeRect(row.x(), top, legend.swatchWidth(), legend.swatchHeight());
            g.setFill(paint(MapColour.TEXT));
            g.fillText(row.label(), row.labelX(), row.centreY());
        }
    }

    private void text(GraphicsContext g, Font font, MapPicture.Label label) {
        g.setFont(font);
        g.setFill(paint(MapColour.TEXT));
        g.fillText(label.text(), label.x(), label.centreY(), label.maxWidth());
    }

    private void fill(GraphicsContext g, MapColour colour, MapPicture.Box b) {
        g.setFill(paint(colour));
        g.fillRect(b.x(), b.y(), b.width(), b.height());
    }

    private Paint paint(MapColour role) {
        return getSkinnable().paintProperty(role).get();
    }
}
