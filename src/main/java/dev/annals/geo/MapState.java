package dev.annals.geo;

import java.util.Objects;
import java.util.Set;

/**
 * What a locator map is asked to show: the prepared map, whose membership, the countries to outline
 * (those the selected event names), the country the timeline is filtered to, the countries with the
 * keyboard focus and under the pointer, and the user's zoom.
 *
 * @param outlined names of the states the selected event names
 * @param chosen   name of the state the timeline is filtered to, or null
 * @param focused  the shape with the keyboard focus, or null
 * @param hovered  the shape under the pointer, or null
 */
public record MapState(PreparedMap map, MapDate date, Set<String> outlined, String chosen, ProjectedShape focused,
        ProjectedShape hovered, MapZoom zoom) {

    public MapState {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(date, "date");
        outlined = Set.copyOf(outlined);
        Objects.requireNonNull(zoom, "zoom");
    }

    /** The map with nothing outlined, chosen or focused, as a printed page shows it. */
    public static MapState of(PreparedMap map, MapDate date) {
        return new MapState(map, date, Set.of(), null, null, null, MapZoom.NONE);
    }
}
