package dev.annals.geo;

/**
 * The colour roles of a locator map: what each thing the map draws is coloured as. A theme gives each
 * role a colour in its stylesheet under {@link #cssProperty()}; see {@link MapPalette}.
 */
public enum MapColour {
    /** Water, and the background of the map. */
    SEA("-annals-sea-color"),
    /** The article's subject state ({@link Role#SUBJECT}). */
    SUBJECT("-annals-subject-color"),
    /** A member state ({@link Role#MEMBER}). */
    MEMBER("-annals-member-color"),
    /** Any other state ({@link Role#OTHER}). */
    OTHER("-annals-other-color"),
    /** The thin line between countries. */
    BORDER("-annals-border-color"),
    /** The outline of a country the selected event names. */
    OUTLINE("-annals-outline-color"),
    /** The outline of the country the timeline is filtered to. */
    CHOSEN("-annals-chosen-color"),
    /** The keyboard focus's outline. */
    FOCUS("-annals-focus-color"),
    /** The wider band under the focus outline that sets it off from any fill. */
    FOCUS_HALO("-annals-focus-halo-color"),
    /** The outline of the country under the pointer. */
    HOVER("-annals-hover-color"),
    /** Title, credit and legend text. */
    TEXT("-annals-text-color"),
    /** Behind the title and the legend, so they read over the shapes. */
    PANEL("-annals-panel-color"),
    /** The frame of the inset. */
    FRAME("-annals-frame-color");

    private final String cssProperty;

    MapColour(String cssProperty) {
        this.cssProperty = cssProperty;
    }

    /** The stylesheet property that sets this colour ("-annals-sea-color"). */
    public String cssProperty() {
        return cssProperty;
    }

    /** The fill of a country with {@code role}. */
    public static MapColour fill(Role role) {
        return switch (role) {
            case SUBJECT -> SUBJECT;
            case MEMBER -> MEMBER;
            case OTHER -> OTHER;
        };
    }
}
