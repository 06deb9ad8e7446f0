package dev.annals.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sovereign states of the world with the names texts use for them, read once from the bundled
 * {@code /data/countries.tsv}. Lookup by any name or alias is exact and case-sensitive.
 */
public final class CountryTable {
    private static final String RESOURCE = "/data/countries.tsv";
    private final List<Country> countries;
    private final Map<String, Country> byName = new HashMap<>();

    CountryTable(List<Country> countries) {
        this.countries = List.copyOf(countries);
        for (Country c : this.countries) {
            byName.put(c.name(), c);
            c.aliases().forEach(a -> byName.putIfAbsent(a, c));
        }
    }

    /** The bundled table. */
    public static CountryTable standard() {
        return Standard.INSTANCE;
    }

    /** Read once, on first use; the JVM makes that thread-safe. */
    private static final class Standard {
        static final CountryTable INSTANCE = read();
    }

    public Collection<Country> all() {
        return countries;
    }

    /** The state that {@code name} (its name or an alias) stands for. */
    public Optional<Country> find(String name) {
        return Optional.ofNullable(byName.get(name.strip()));
    }

    private static CountryTable read() {
        List<Country> rows = new ArrayList<>();
        for (String[] f : BundledTable.rows(RESOURCE, true)) {
            rows.add(new Country(f[0], f[1], f[2], list(f[3]), list(f[4]), list(f[5])));
        }
        return new CountryTable(rows);
    }

    private static List<String> list(String field) {
        return field.isBlank() ? List.of() : Arrays.asList(field.split("\\|"));
    }
}
