package dev.annals.loader;

import dev.annals.model.BundledTable;
import dev.annals.model.Country;
import dev.annals.model.CountryTable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names the entity tagger knows, from the bundled data files: countries with their aliases,
 * adjectives and capitals; organisations with their abbreviations; common given names.
 */
final class Gazetteer {
    enum Kind { COUNTRY, ORGANISATION }

    /** What a surface form in the text stands for; a capital city only stands for its state in some uses. */
    record Name(Kind kind, String canonical, boolean isCapital) {
        Name(Kind kind, String canonical) {
            this(kind, canonical, false);
        }
    }

    private final Map<String, Name> forms;
    private final Set<String> givenNames;
    private final Pattern formPattern;

    Gazetteer(Map<String, Name> forms, Set<String> givenNames) {
        this.forms = Map.copyOf(forms);
        this.givenNames = Set.copyOf(givenNames);
        // Longest first, so "Republic of the Congo" is not read as "Congo".
        String alternation = forms.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // The first letters of all forms, tested before the alternatives: most positions fail there at once.
        String firstLetters = forms.keySet().stream().map(f -> Pattern.quote(f.substring(0, 1))).distinct()
                .collect(Collectors.joining("|"));
        this.formPattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?=" + firstLetters + ")(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Read once, on first use; the JVM makes that thread-safe. */
    private static final class Standard {
        static final Gazetteer INSTANCE = read(CountryTable.standard());
    }

    /** A pattern that finds every known country and organisation form, longest first. */
    Pattern formPattern() {
        return formPattern;
    }

    Name name(String form) {
        return forms.get(form);
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    private static Gazetteer read(CountryTable countries) {
        Map<String, Name> forms = new HashMap<>();
        for (Country c : countries.all()) {
            Name name = new Name(Kind.COUNTRY, c.name());
            forms.put(c.name(), name);
            c.aliases().forEach(a -> forms.putIfAbsent(a, name));
            c.adjectives().forEach(a -> forms.putIfAbsent(a, name));
        }
        for (String[] row : BundledTable.rows("/data/capitals.tsv", true)) {
            countries.find(row[1]).ifPresent(c -> forms.putIfAbsent(row[0], new Name(Kind.COUNTRY, c.name(), true)));
        }
        for (String[] row : BundledTable.rows("/data/organisations.tsv", true)) {
            Name name = new Name(Kind.ORGANISATION, row[0]);
            forms.put(row[0], name);
            for (String alias : row[1].split("\\|")) {
                if (!alias.isBlank()) {
                    forms.putIfAbsent(alias, name);
                }
            }
        }
        Set<String> given = new HashSet<>();
        for (String[] row : BundledTable.rows("/data/given-names.txt", false)) {
            given.add(row[0].strip());
        }
        return new Gazetteer(forms, given);
    }
}
