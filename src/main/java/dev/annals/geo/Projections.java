package dev.annals.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Chooses the projection a locator map names, and writes projection centres for people to read. */
public final class Projections {
    private Projections() {
    }

    /**
     * The projection for a locator's projection word (its map file name says e.g. "Lambert"), centred on
     * Europe: Lambert conformal conic (EPSG:3034) when the word says "conic" or "conformal", otherwise
     * Lambert azimuthal equal-area (EPSG:3035), which is also the choice for null, "Lambert" and any
     * projection not implemented here.
     */
    public static Projection forLocator(String projectionWord) {
        String word = projectionWord == null ? "" : projectionWord.toLowerCase(Locale.ROOT);
        return word.contains("conic") || word.contains("conformal") ? LambertConformalConic.etrs89()
                : LambertAzimuthalEqualArea.etrs89();
    }

    /** "10°E 52°N". */
    static String describe(double lonDeg, double latDeg) {
        return degrees(Math.abs(lonDeg)) + (lonDeg < 0 ? "°W " : "°E ") + describeLatitude(latDeg);
    }

    /** "35°N". */
    static String describeLatitude(double latDeg) {
        return degrees(Math.abs(latDeg)) + (latDeg < 0 ? "°S" : "°N");
    }

    private static String degrees(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
