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
import dev.annals.geo.Bounds;
import dev.annals.geo.CountryShape;
import dev.annals.model.Country;
import dev.annals.model.CountryTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
                anyOutside(locatorMap, matcher, europe));
    }

    /** True when a listed member or the subject lies outside the Europe view (the United States, Canada). */
    private static boolean anyOutside(LocatorMap locator, CountryMatcher matcher, ProjectedMap europe) {
        Set<String> isos = new HashSet<>(locator.membersAsListed());
        locator.subject().ifPresent(c -> isos.add(c.iso()));
        for (Country country : CountryTable.standard().all()) {
            if (isos.contains(country.iso()) && !matcher.shapes(country).isEmpty()) {
                CountryShape own = matcher.shapes(country).get(0);
                // the centre of its largest ring, as a bounding box of the United States spans Europe's
                boolean inEurope = europe.shape(own).map(p -> inside(p.labelX(), p.labelY(), europe.frame())).orElse(false);
                if (!inEurope) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(double x, double y, Bounds b) {
        return x >= b.minX() && x <= b.maxX() && y >= b.minY() && y <= b.maxY();
    }
}
