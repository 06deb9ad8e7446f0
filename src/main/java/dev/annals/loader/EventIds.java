package dev.annals.loader;

import dev.annals.model.PartialDate;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes event ids that stay the same across runs on the same text: the date key and the first words of
 * the headline ("2004-01-19-belarus-formally-announced-its-accession"), with "-2", "-3" for repeats.
 */
public final class EventIds {
    private static final int SLUG_WORDS = 6;
    private static final Pattern MARKS = Pattern.compile("\\p{M}++");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]++");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private final Set<String> used = new HashSet<>();
    /** The next number to try per base: a base used k times then costs one step, not k (no quadratic time). */
    private final Map<String, Integer> nextNumber = new HashMap<>();

    /** A new id for an event from its date and headline. */
    public String next(PartialDate start, String headline) {
        return claim(start.isoKey() + "-" + slug(headline));
    }

    /** {@code wanted} itself, or with "-2", "-3" when an earlier event has it: a file read in may repeat ids. */
    public String claim(String wanted) {
        if (used.add(wanted)) {
            return wanted;
        }
        int n = nextNumber.getOrDefault(wanted, 2);
        String id = wanted + "-" + n;
        while (!used.add(id)) { // taken by another id that happens to end in "-n"
            id = wanted + "-" + ++n;
        }
        nextNumber.put(wanted, n + 1);
        return id;
    }

    static String slug(String text) {
        if (isAscii(text)) {
            return asciiSlug(text);
        }
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String[] words = NOT_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ");
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

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The slug of a text without accents or other letters to fold, in one pass: most headlines. */
    private static String asciiSlug(String text) {
        StringBuilder slug = new StringBuilder();
        int taken = 0;
        for (int i = 0; i < text.length() && taken < SLUG_WORDS; ) {
            if (!isSlugChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isSlugChar(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (!ARTICLES.contains(word)) {
                slug.append(slug.length() == 0 ? "" : "-").append(word);
                taken++;
            }
            i = end;
        }
        return slug.length() == 0 ? "event" : slug.toString();
    }

    private static boolean isSlugChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
