package dev.annals.geo;

import java.util.List;

/**
 * A named part of the world drawn in one projection: the Europe main view of a locator map, or its
 * North America inset. Its frame is a box of longitudes and latitudes; {@link #projectedFrame()} is what
 * a panel or page fits to its rectangle.
 *
 * @param name       for people and the PDF ("Europe")
 * @param projection how it is drawn
 * @param frame      what it shows when the view is reset
 */
public record MapView(String name, Projection projection, GeoBox frame) {
    /** Iceland to eastern Turkey (45°E), south of Crete (34°N) to the North Cape (72°N): every European member and Belarus. */
    private static final GeoBox EUROPE = new GeoBox(-25, 34, 45, 72);
    /** The Aleutians to Newfoundland, the Florida Keys (24°N) to Ellesmere Island (83°N). */
    private static final GeoBox NORTH_AMERICA = new GeoBox(-170, 24, -52, 83);
    /** Where the inset's projection is centred, so Canada and the United States both keep their shape. */
    private static final double NORTH_AMERICA_LON = -100;
    private static final double NORTH_AMERICA_LAT = 55;
    private static final int SAMPLES_PER_EDGE = 64;

    /** Europe, drawn in {@code projection} (normally one of {@link Projections#forLocator(String)}). */
    public static MapView europe(Projection projection) {
        return new MapView("Europe", projection, EUROPE);
    }

    /** The United States and Canada, in the same kind of projection as {@code projection}, centred on 100°W 55°N. */
    public static MapView northAmerica(Projection projection) {
        return new MapView("North America", projection.centredOn(NORTH_AMERICA_LON, NORTH_AMERICA_LAT), NORTH_AMERICA);
    }

    /**
     * The projected bounds of the frame. Parallels and meridians bend on the plane, so the edges of the
     * box are sampled rather than only its corners projected.
     */
    public Bounds projectedFrame() {
        double[] points = new double[2 * 4 * SAMPLES_PER_EDGE];
        int k = 0;
        for (int i = 0; i < SAMPLES_PER_EDGE; i++) {
            double f = i / (double) SAMPLES_PER_EDGE;
            double lon = frame.west() + f * (frame.east() - frame.west());
            double lat = frame.south() + f * (frame.north() - frame.south());
            projection.project(lon, frame.south(), points, k);
            projection.project(frame.east() - f * (frame.east() - frame.west()), frame.north(), points, k + 2);
            projection.project(frame.west(), frame.north() - f * (frame.north() - frame.south()), points, k + 4);
            projection.project(frame.east(), lat, points, k + 6);
            k += 8;
        }
        return Bounds.of(List.of(points));
    }
}
