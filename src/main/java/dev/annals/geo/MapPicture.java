package dev.annals.geo;

import java.util.List;
import java.util.Optional;

/**
 * Everything a locator map shows at one size, in picture units from the top left with y down: the title
 * and credit over a header panel, the Europe layer and the optional North America inset with each
 * visible country's role and outlines, and the legend. {@link MapLayout} makes it; the window's map skin
 * and the PDF's drawer paint it alike, each with its own colours per {@link MapColour}.
 */
public record MapPicture(double width, double height, Label title, Label credit, Box header, Layer main,
        Optional<Layer> inset, Legend legend) {

    /** A rectangle of the picture. */
    public record Box(double x, double y, double width, double height) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /** One line of text, vertically centred on {@code centreY}, cut or squeezed to {@code maxWidth}. */
    public record Label(String text, double x, double centreY, double maxWidth) {
    }

    /** A visible country and the role that gives its fill. */
    public record Painted(ProjectedShape shape, Role role) {
        public MapColour fill() {
            return MapColour.fill(role);
        }
    }

    /** How a country is set apart; outlines are listed, and drawn, in this order, so the focus is on top. */
    public enum Emphasis {
        /** Named by the selected event. */
        EVENT(MapColour.OUTLINE),
        /** Under the pointer. */
        HOVER(MapColour.HOVER),
        /** The country the timeline is filtered to. */
        CHOSEN(MapColour.CHOSEN),
        /** Has the keyboard focus: drawn over a {@link MapColour#FOCUS_HALO} band. */
        FOCUS(MapColour.FOCUS);

        private final MapColour colour;

        Emphasis(MapColour colour) {
            this.colour = colour;
        }

        public MapColour colour() {
            return colour;
        }
    }

    /** A country's outline drawn over the fills. */
    public record Outlined(ProjectedShape shape, Emphasis emphasis) {
    }

    /**
     * One view of the map in its box: the countries whose bounds meet the box, in the atlas's order, and
     * the outlines to draw over them. Clip to the box when painting.
     */
    public record Layer(Box box, Viewport viewport, ProjectedMap map, List<Painted> countries, List<Outlined> outlines) {
        public Layer {
            countries = List.copyOf(countries);
            outlines = List.copyOf(outlines);
        }

        /** Sends a country's rings to {@code sink} in picture units: one sub-path per ring, each closed. */
        public <E extends Exception> void trace(ProjectedShape shape, PathSink<E> sink) throws E {
            for (double[] ring : shape.rings()) {
                sink.moveTo(viewport.screenX(ring[0]), viewport.screenY(ring[1]));
                for (int i = 2; i < ring.length; i += 2) {
                    sink.lineTo(viewport.screenX(ring[i]), viewport.screenY(ring[i + 1]));
                }
                sink.closePath();
            }
        }

        public Optional<ProjectedShape> shapeAt(double x, double y) {
            return map.shapeAt(viewport.planeX(x), viewport.planeY(y));
        }
    }

    /** How a legend row shows its colour: a filled square or a stroked one. */
    public enum Swatch { FILL, LINE }

    /** A legend row: its swatch at ({@code x}, centred on {@code centreY}) and its label after it. */
    public record LegendRow(Swatch swatch, MapColour colour, String label, double x, double centreY, double labelX) {
    }

    /** The legend's panel and rows, with the size of a swatch. */
    public record Legend(Box box, double swatchWidth, double swatchHeight, List<LegendRow> rows) {
        public Legend {
            rows = List.copyOf(rows);
        }
    }

    /** The country under a point: in the inset where it covers the point, else in the main view. */
    public Optional<ProjectedShape> shapeAt(double x, double y) {
        if (inset.isPresent() && inset.get().box().contains(x, y)) {
            return inset.get().shapeAt(x, y);
        }
        return main.shapeAt(x, y);
    }

    /** Where a country's label point is in the main view. */
    public double[] pointOf(ProjectedShape shape) {
        return new double[] {main.viewport().screenX(shape.labelX()), main.viewport().screenY(shape.labelY())};
    }
}
