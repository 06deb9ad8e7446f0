package dev.annals.geo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every atlas shape projected once for one map view, ready to draw on a panel or a page and to find
 * the country under the pointer. Immutable; build it off the UI thread.
 */
public final class ProjectedMap {
    private final MapView view;
    private final Bounds frame;
    private final List<ProjectedShape> shapes;
    private final Map<CountryShape, ProjectedShape> byCountry = new IdentityHashMap<>();

    private ProjectedMap(MapView view, List<ProjectedShape> shapes) {
        this.view = view;
        this.frame = view.projectedFrame();
        this.shapes = List.copyOf(shapes);
        this.shapes.forEach(s -> byCountry.put(s.country(), s));
    }

    /**
     * Projects every shape of the atlas. A ring with a point the projection cannot show (Antarctica in a
     * conic of the north) is left out, and a shape left with no ring is left out too.
     */
    public static ProjectedMap of(WorldAtlas atlas, MapView view) {
        Projection projection = view.projection();
        List<ProjectedShape> projected = new ArrayList<>(atlas.shapes().size());
        for (CountryShape shape : atlas.shapes()) {
            List<double[]> rings = new ArrayList<>(shape.rings().size());
            for (double[] lonLat : shape.rings()) {
                double[] xy = new double[lonLat.length];
                boolean finite = true;
                for (int i = 0; i < lonLat.length && finite; i += 2) {
                    projection.project(lonLat[i], lonLat[i + 1], xy, i);
                    finite = Double.isFinite(xy[i]) && Double.isFinite(xy[i + 1]);
                }
                if (finite) {
                    rings.add(xy);
                }
            }
            if (!rings.isEmpty()) {
                projected.add(new ProjectedShape(shape, rings));
            }
        }
        return new ProjectedMap(view, projected);
    }

    public MapView view() {
        return view;
    }

    /** The view's frame on the plane: what to fit to the panel or page when the view is reset. */
    public Bounds frame() {
        return frame;
    }

    /** The projected shapes in the atlas's order; draw those whose bounds meet the visible rectangle. */
    public List<ProjectedShape> shapes() {
        return shapes;
    }

    /** The projection of one atlas shape, if the projection could show it. */
    public Optional<ProjectedShape> shape(CountryShape country) {
        return Optional.ofNullable(byCountry.get(country));
    }

    /**
     * The shape under a plane point. Where shapes nest (Lesotho in South Africa, San Marino in Italy) the
     * outer one has a hole there, so the answer is the inner one.
     */
    public Optional<ProjectedShape> shapeAt(double x, double y) {
        for (ProjectedShape shape : shapes) {
            if (shape.contains(x, y)) {
                return Optional.of(shape);
            }
        }
        return Optional.empty();
    }
}
