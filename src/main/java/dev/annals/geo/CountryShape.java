package dev.annals.geo;

import java.util.List;

/**
 * One feature of the world atlas: a state or a territory drawn on its own, as rings of longitude and
 * latitude in degrees.
 *
 * <p>Each ring is a flat array {@code lon0, lat0, lon1, lat1, …}; the last point is not repeated, the
 * ring closes by itself. Outer boundaries and holes are mixed, so fill with the even-odd rule. The
 * arrays are shared, not copied, for speed: treat them as read-only.
 */
public final class CountryShape {
    private final String iso;
    private final String atlasName;
    private final List<double[]> rings;

    /**
     * @param iso       ISO 3166-1 numeric code as the atlas gives it ("112"), or empty where it gives none
     *                  (Kosovo, N. Cyprus, Somaliland, …)
     * @param atlasName the atlas's short name ("Bosnia and Herz."), as in the {@code atlas} column of countries.tsv
     */
    public CountryShape(String iso, String atlasName, List<double[]> rings) {
        this.iso = iso;
        this.atlasName = atlasName;
        this.rings = List.copyOf(rings);
    }

    public String iso() {
        return iso;
    }

    public String atlasName() {
        return atlasName;
    }

    public List<double[]> rings() {
        return rings;
    }

    /** The number of points over all rings. */
    public int pointCount() {
        return rings.stream().mapToInt(r -> r.length / 2).sum();
    }

    @Override
    public String toString() {
        return atlasName + (iso.isEmpty() ? "" : " (" + iso + ")");
    }
}
