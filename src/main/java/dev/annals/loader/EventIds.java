package dev.annals.loader;

import dev.annals.model.PartialDate;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes event ids that stay the same across runs on the same text: the date key and the first words of
 * the headline ("2004-01-19-belarus-formally-announced-its-accession"), with "-2", "-3" for repeats.
 */
public final class EventIds {
    private static final int SLUG_WORDS = 6;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private final Set<String> used = new HashSet<>();

    /** A new id for an event from its date and headline. */
    public String next(PartialDate start, String headline) {
        return claim(start.isoKey() + "-" + slug(headline));
    }

    /** {@code wanted} itself, or with "-2", "-3" when an earlier event has it: a file read in may repeat ids. */
    public String claim(String wanted) {
        String id = wanted;
        for (int n = 2; !used.add(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        StringBuilder slug = new StringBuilder();
        int taken = 0;
        for (int i = 0; i < words.length && taken < SLUG_WORDS; i++) {
            if (!words[i].isEmpty() && !ARTICLES.contains(words[i])) {
                slug.append(slug.length() == 0 ? "" : "-").append(words[i]);
                taken++;
            }
        }
        return slug.length() == 0 ? "event" : slug.toString();
    }
}
