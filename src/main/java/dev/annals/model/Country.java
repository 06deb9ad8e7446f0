package dev.annals.model;

import java.util.List;

/**
 * A sovereign state as the gazetteer knows it.
 *
 * @param iso         ISO 3166-1 numeric code ("112"), or a placeholder where there is none ("XKX")
 * @param name        common English short name ("Czechia")
 * @param atlasName   the name of its shape in the bundled Natural Earth atlas, or empty
 * @param aliases     other names a text may use ("Czech Republic")
 * @param adjectives  demonym adjectives that refer to it ("Czech")
 * @param territories atlas shapes of dependent territories drawn in its colour
 */
public record Country(String iso, String name, String atlasName, List<String> aliases, List<String> adjectives,
        List<String> territories) {
    public Country {
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        territories = List.copyOf(territories);
    }
}
