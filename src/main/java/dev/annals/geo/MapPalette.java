package dev.annals.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme's map colours, one per {@link MapColour}, read from the theme's stylesheet: the rules for
 * {@link #SELECTOR} there are the one place a theme's map colours are written. The window's map takes
 * them through CSS; the PDF, which has no CSS engine, draws with {@link #light()}, and the map control's
 * defaults are the light theme's too. Values are {@code #rgb}, {@code #rrggbb}, {@code rgb(…)} or
 * {@code rgba(…)}.
 */
public final class MapPalette {
    /** The style class of the map control, whose rules in a theme's stylesheet hold its colours. */
    public static final String SELECTOR = ".member-state-map";
    private static final String LIGHT_THEME = "/css/annals-light.css";
    private static final Pattern RULE = Pattern.compile(Pattern.quote(SELECTOR) + "\\s*\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([\\d.]+)\\s*)?\\)");

    /** A colour as 0–255 channels and an opacity from 0 to 1. */
    public record Colour(int red, int green, int blue, double opacity) {
    }

    private final Map<MapColour, Colour> colours;

    private MapPalette(Map<MapColour, Colour> colours) {
        this.colours = colours;
    }

    /** The light theme's map colours (from {@value #LIGHT_THEME}), read once. */
    public static MapPalette light() {
        return Light.PALETTE;
    }

    private static final class Light {
        static final MapPalette PALETTE = readResource(LIGHT_THEME);
    }

    /** The map colours of a stylesheet on the class path ("/css/annals-dark.css"). */
    public static MapPalette readResource(String resource) {
        try (InputStream in = MapPalette.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The map colours of a stylesheet: every declaration in its {@value #SELECTOR} rules, later ones
     * winning as in CSS. Fails naming the property when a colour is missing or not a plain colour.
     */
    public static MapPalette read(String css, String name) {
        Map<String, String> declared = new HashMap<>();
        Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            Matcher d = DECLARATION.matcher(rule.group(1));
            while (d.find()) {
                declared.put(d.group(1), d.group(2).trim());
            }
        }
        Map<MapColour, Colour> colours = new EnumMap<>(MapColour.class);
        for (MapColour c : MapColour.values()) {
            String value = declared.get(c.cssProperty());
            if (value == null) {
                throw new IllegalStateException(name + ": " + SELECTOR + " does not set " + c.cssProperty());
            }
            colours.put(c, parse(value).orElseThrow(() -> new IllegalStateException(
                    name + ": " + c.cssProperty() + " is '" + value + "', not a colour written as #rrggbb or rgba(…)")));
        }
        return new MapPalette(colours);
    }

    private static Optional<Colour> parse(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.matches("#[0-9a-f]{6}")) {
            int rgb = Integer.parseInt(v.substring(1), 16);
            return Optional.of(new Colour(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff, 1));
        }
        if (v.matches("#[0-9a-f]{3}")) {
            int[] c = new int[3];
            for (int i = 0; i < 3; i++) {
                c[i] = Integer.parseInt(v.substring(i + 1, i + 2), 16) * 17;
            }
            return Optional.of(new Colour(c[0], c[1], c[2], 1));
        }
        Matcher m = RGB.matcher(v);
        if (m.matches()) {
            int[] c = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
            double opacity = m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
            if (c[0] <= 255 && c[1] <= 255 && c[2] <= 255 && opacity <= 1) {
                return Optional.of(new Colour(c[0], c[1], c[2], opacity));
            }
        }
        return Optional.empty();
    }

    public Colour colour(MapColour role) {
        return colours.get(role);
    }
}
