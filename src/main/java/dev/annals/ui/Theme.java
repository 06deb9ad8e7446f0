package dev.annals.ui;

/** The window's colour themes, each a stylesheet in /css. */
public enum Theme {
    LIGHT("/css/annals-light.css"), DARK("/css/annals-dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public String stylesheet() {
        return Theme.class.getResource(stylesheet).toExternalForm();
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
