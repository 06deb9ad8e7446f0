package dev.annals.geo;

import dev.annals.model.Country;
import dev.annals.model.CountryTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the atlas shapes for the country names an article uses ("Czech Republic", "United States") by
 * way of the gazetteer: name or alias → state → its shape and its territories' shapes, and back from
 * any shape to the state whose colour it takes (Greenland → Denmark).
 */
public final class CountryMatcher {
    private final CountryTable table;
    private final WorldAtlas atlas;
    private final Map<String, Country> stateByAtlasName = new HashMap<>();

    public CountryMatcher(CountryTable table, WorldAtlas atlas) {
        this.table = table;
        this.atlas = atlas;
        for (Country c : table.all()) {
            if (!c.atlasName().isEmpty()) {
                stateByAtlasName.put(c.atlasName(), c);
            }
            c.territories().forEach(t -> stateByAtlasName.putIfAbsent(t, c));
        }
    }

    /** The bundled gazetteer and atlas (reads the atlas on first use). */
    public static CountryMatcher standard() {
        return new CountryMatcher(CountryTable.standard(), WorldAtlas.standard());
    }

    /** The state a name or alias stands for, exactly as the gazetteer spells it. */
    public Optional<Country> country(String name) {
        return name == null ? Optional.empty() : table.find(name);
    }

    /** The state's own shape, then those of its territories; empty when the atlas has none (Tuvalu). */
    public List<CountryShape> shapes(Country country) {
        List<CountryShape> shapes = new ArrayList<>();
        if (!country.atlasName().isEmpty()) {
            atlas.named(country.atlasName()).ifPresent(shapes::add);
        }
        country.territories().forEach(t -> atlas.named(t).ifPresent(shapes::add));
        return shapes;
    }

    /** The shapes a name from an article stands for (an event's country entity, say). */
    public List<CountryShape> shapes(String name) {
        return country(name).map(this::shapes).orElse(List.of());
    }

    /**
     * The state a shape is drawn for: its own or, for a territory, its sovereign's. Empty for areas the
     * gazetteer gives to no state (Antarctica, W. Sahara, N. Cyprus, Somaliland, Siachen Glacier).
     */
    public Optional<Country> stateOf(CountryShape shape) {
        return Optional.ofNullable(stateByAtlasName.get(shape.atlasName()));
    }

    /** Each name matched to a state that has a shape, in the given order, and the names that were not. */
    public Matches match(Collection<String> names) {
        Map<String, Country> matched = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String name : names) {
            Optional<Country> country = country(name).filter(c -> !shapes(c).isEmpty());
            if (country.isPresent()) {
                matched.put(name, country.get());
            } else {
                unmatched.add(name);
            }
        }
        return new Matches(matched, unmatched);
    }

    /**
     * The outcome of matching names to the map.
     *
     * @param matched   name → state, in the order asked
     * @param unmatched names that name no state, or a state with no shape in the atlas
     */
    public record Matches(Map<String, Country> matched, List<String> unmatched) {
        public Matches {
            matched = Collections.unmodifiableMap(new LinkedHashMap<>(matched));
            unmatched = List.copyOf(unmatched);
        }
    }
}
