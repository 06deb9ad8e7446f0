package dev.annals.model;

import java.util.List;

/** The countries, organisations and people a statement mentions, by canonical name, in order of first mention. */
public record Entities(List<String> countries, List<String> organisations, List<String> people) {
    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    public Entities {
        countries = List.copyOf(countries);
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
    }

    /** True when any list holds {@code name}. */
    public boolean mentions(String name) {
        return countries.contains(name) || organisations.contains(name) || people.contains(name);
    }
}
