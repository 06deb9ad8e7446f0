package dev.annals.ui.map;

import dev.annals.geo.CountryMatcher;
import dev.annals.geo.LocatorMap;
import dev.annals.geo.MapView;
import dev.annals.geo.ProjectedMap;
import dev.annals.geo.Projection;
import dev.annals.geo.Projections;
import dev.annals.geo.WorldAtlas;
import dev.annals.model.Locator;
import dev.annals.model.Timeline;
import java.util.List;

/**
 * Everything the map panel draws for one timeline, prepared once in the background: the locator
 * resolved on the atlas, and the shapes projected for the Europe view and the North America inset.
 */
public record MapData(LocatorMap locator, CountryMatcher matcher, ProjectedMap europe, ProjectedMap inset, boolean needsInset) {

    /** Reads and projects the atlas for a timeline; a timeline without a locator gets a map of the world's states. */
    public static MapData prepare(Timeline timeline) {
        Locator locator = timeline.locator() != null ? timeline.locator()
                : new Locator(null, null, null, null, List.of());
        WorldAtlas atlas = WorldAtlas.standard();
        CountryMatcher matcher = CountryMatcher.standard();
        Projection projection = Projections.forLocator(locator.projection());
        LocatorMap locatorMap = LocatorMap.of(locator, matcher);
        ProjectedMap europe = ProjectedMap.of(atlas, MapView.europe(projection));
        return new MapData(locatorMap, matcher, europe, ProjectedMap.of(atlas, MapView.northAmerica(projection)),
                locatorMap.reachesOutside(europe));
    }
}
