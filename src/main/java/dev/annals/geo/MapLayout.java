package dev.annals.geo;

import dev.annals.geo.MapPicture.Box;
import dev.annals.geo.MapPicture.Emphasis;
import dev.annals.geo.MapPicture.Label;
import dev.annals.geo.MapPicture.Layer;
import dev.annals.geo.MapPicture.Legend;
import dev.annals.geo.MapPicture.LegendRow;
import dev.annals.geo.MapPicture.Outlined;
import dev.annals.geo.MapPicture.Painted;
import dev.annals.geo.MapPicture.Swatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Lays out a locator map in a rectangle: a header with the title and the credit, Europe fitted below it
 * (then the user's zoom and pan), North America in an inset at the bottom left when a member or the
 * subject is there, and the legend at the bottom right, as wide as its longest label. The window and
 * the PDF differ only in their {@link Metrics} and in how they measure text.
 */
public final class MapLayout {
    static final double INSET_WIDTH = 0.26;
    static final double INSET_HEIGHT = 0.30;

    /**
     * Sizes in picture units.
     *
     * @param margin    around the map's parts
     * @param titleLine height of the title's line
     * @param textLine  height of a line of the credit and the legend
     * @param swatch    width of a legend swatch; its height is 0.8 of it
     */
    public record Metrics(double margin, double titleLine, double textLine, double swatch) {
    }

    private final Metrics metrics;
    private final ToDoubleFunction<String> textWidth;

    /** @param textWidth the width of a legend label in the legend's font */
    public MapLayout(Metrics metrics, ToDoubleFunction<String> textWidth) {
        this.metrics = metrics;
        this.textWidth = textWidth;
    }

    public MapPicture layout(MapState state, double width, double height) {
        PreparedMap map = state.map();
        double m = metrics.margin();
        Box header = new Box(0, 0, width, m + metrics.titleLine() + metrics.textLine());
        Label title = new Label(state.date().title(map.locator()), m, m / 2 + metrics.titleLine() / 2, width - 2 * m);
        Label credit = new Label(credit(map), m, m / 2 + metrics.titleLine() + metrics.textLine() / 2, width - 2 * m);
        Set<String> members = state.date().members(map.locator());

        double top = header.height() + 2;
        Viewport fitted = Viewport.fit(map.europe().frame(), m, top, Math.max(1, width - 2 * m), Math.max(1, height - top - m));
        Layer main = layer(state, members, new Box(0, 0, width, height), state.zoom().applyTo(fitted, width, height),
                map.europe());
        Optional<Layer> inset = Optional.empty();
        if (map.needsInset()) {
            Box box = new Box(m, height - height * INSET_HEIGHT - m, width * INSET_WIDTH, height * INSET_HEIGHT);
            Viewport v = Viewport.fit(map.inset().frame(), box.x() + 2, box.y() + 2, Math.max(1, box.width() - 4),
                    Math.max(1, box.height() - 4));
            inset = Optional.of(layer(state, members, box, v, map.inset()));
        }
        return new MapPicture(width, height, title, credit, header, main, inset, legend(state, width, height));
    }

    /** The locator's own name and the projection it asks for, as a locator map credits them. */
    private static String credit(PreparedMap map) {
        String name = map.locator().locator().map();
        return (name == null ? "" : name.replaceFirst("\\.[A-Za-z]+$", "") + " · ")
                + map.europe().view().projection().name() + " · Natural Earth";
    }

    private static Layer layer(MapState state, Set<String> members, Box box, Viewport v, ProjectedMap projected) {
        List<Painted> countries = new ArrayList<>();
        List<Outlined> outlines = new ArrayList<>();
        for (ProjectedShape s : projected.shapes()) {
            Bounds b = s.bounds();
            if (v.screenX(b.maxX()) < box.x() || v.screenX(b.minX()) > box.x() + box.width()
                    || v.screenY(b.minY()) < box.y() || v.screenY(b.maxY()) > box.y() + box.height()) {
                continue; // only what is visible is drawn
            }
            countries.add(new Painted(s, state.map().locator().roleOf(s.country(), members)));
            String name = state.map().stateName(s);
            if (name != null && state.outlined().contains(name)) {
                outlines.add(new Outlined(s, Emphasis.EVENT));
            }
            if (s == state.hovered()) {
                outlines.add(new Outlined(s, Emphasis.HOVER));
            }
            if (name != null && name.equals(state.chosen())) {
                outlines.add(new Outlined(s, Emphasis.CHOSEN));
            }
            if (s == state.focused()) {
                outlines.add(new Outlined(s, Emphasis.FOCUS));
            }
        }
        outlines.sort(Comparator.comparing(Outlined::emphasis));
        return new Layer(box, v, projected, countries, outlines);
    }

    private Legend legend(MapState state, double width, double height) {
        record Entry(Swatch swatch, MapColour colour, String label) { }
        List<Entry> entries = new ArrayList<>();
        LocatorMap locator = state.map().locator();
        locator.subject().ifPresent(c -> entries.add(new Entry(Swatch.FILL, MapColour.SUBJECT, c.name())));
        String organisation = locator.locator().organisation();
        if (organisation != null) {
            entries.add(new Entry(Swatch.FILL, MapColour.MEMBER, organisation + " member"));
        }
        entries.add(new Entry(Swatch.FILL, MapColour.OTHER, "other state"));
        if (!state.outlined().isEmpty()) {
            entries.add(new Entry(Swatch.LINE, MapColour.OUTLINE, "named in the selected event"));
        }
        if (state.chosen() != null) {
            entries.add(new Entry(Swatch.LINE, MapColour.CHOSEN, "timeline filtered to " + state.chosen()));
        }
        double m = metrics.margin();
        double gap = metrics.swatch() / 2;
        double widest = entries.stream().mapToDouble(e -> textWidth.applyAsDouble(e.label())).max().orElse(0);
        double boxWidth = m + metrics.swatch() + gap + widest + m;
        double boxHeight = m / 2 + entries.size() * metrics.textLine() + m / 2;
        Box box = new Box(width - m - boxWidth, height - m - boxHeight, boxWidth, boxHeight);
        List<LegendRow> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double x = box.x() + m;
            rows.add(new LegendRow(e.swatch(), e.colour(), e.label(), x, box.y() + m / 2 + (i + 0.5) * metrics.textLine(),
                    x + metrics.swatch() + gap));
        }
        return new Legend(box, metrics.swatch(), metrics.swatch() * 0.8, rows);
    }
}
