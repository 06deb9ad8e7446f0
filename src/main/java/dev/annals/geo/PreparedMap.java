package dev.annals.geo;

import dev.annals.model.Locator;
import java.util.List;

/**
 * Everything a locator map needs for one timeline, prepared once (tens of milliseconds: off the UI
 * thread): the locator resolved on the atlas, the Europe view and the North America inset projected,
 * and whether the inset is needed.
 */
public record PreparedMap(LocatorMap locator, CountryMatcher matcher, ProjectedMap europe, ProjectedMap inset,
        boolean needsInset) {

    /** The map of a locator on the bundled atlas; a timeline without a locator gets null here and a plain map. */
    public static PreparedMap of(Locator locator) {
        return of(locator, WorldAtlas.standard(), CountryMatcher.standard());
    }

    public static PreparedMap of(Locator locator, WorldAtlas atlas, CountryMatcher matcher) {
        Locator l = locator != null ? locator : new Locator(null, null, null, null, List.of());
        Projection projection = Projections.forLocator(l.projection());
        LocatorMap map = LocatorMap.of(l, matcher);
        ProjectedMap europe = ProjectedMap.of(atlas, MapView.europe(projection));
        return new PreparedMap(map, matcher, europe, ProjectedMap.of(atlas, MapView.northAmerica(projection)),
                map.reachesOutside(europe));
    }

    /** The name of the state a shape belongs to ("Denmark" for Greenland), or null for a shape of no state. */
    public String stateName(ProjectedShape shape) {
        return matcher.stateOf(shape.country()).map(c -> c.name()).orElse(null);
    }
}
