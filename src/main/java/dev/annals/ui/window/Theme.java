package dev.annals.ui.window;

import java.util.List;

/** The window's colour themes: the shared rules of /css/annals.css with one sheet of colours each. */
public enum Theme {
    LIGHT("/css/annals-light.css"), DARK("/css/annals-dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The stylesheets to give a scene, rules first, then this theme's colours. */
    public List<String> stylesheets() {
        return List.of(Theme.class.getResource("/css/annals.css").toExternalForm(),
                Theme.class.getResource(stylesheet).toExternalForm());
    }

    public static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
