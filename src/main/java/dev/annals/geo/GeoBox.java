package dev.annals.geo;

/** A box of longitudes and latitudes in degrees, west to east without crossing the antimeridian. */
public record GeoBox(double west, double south, double east, double north) {
    public GeoBox {
        if (!(west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
            throw new IllegalArgumentException("not a box on the globe: " + west + ", " + south + ", " + east + ", " + north);
        }
    }
}
