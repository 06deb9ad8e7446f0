package dev.annals.loader;

import dev.annals.model.BundledTable;
import dev.annals.model.Country;
import dev.annals.model.CountryTable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The forms by their first character, each list longest first; those starting with an ASCII character also by its code. */
    private final Map<Character, List<String>> formsByFirstChar;
    private final List<String>[] asciiForms;
    /**
     * The forms of {@code asciiForms[a]} that can start with a then b (b ASCII too): those whose second
     * character is b, and those of one character; in the same order. A capitalised word then meets a
     * handful of candidates instead of every form of its letter.
     */
    private final List<String>[][] formsByTwoChars;
    private static final int ASCII = 128;

    Gazetteer(Map<String, Name> forms, Set<String> givenNames) {
        this.forms = Map.copyOf(forms);
        this.givenNames = Set.copyOf(givenNames);
        // Longest first, so "Republic of the Congo" is not read as "Congo".
        this.formsByFirstChar = forms.keySet().stream()
                .filter(f -> !f.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.groupingBy(f -> f.charAt(0), Collectors.toList()));
        @SuppressWarnings("unchecked") // an array of a generic type: filled only with lists of strings
        List<String>[] byCode = new List[ASCII];
        formsByFirstChar.forEach((c, list) -> {
            if (c < ASCII) {
                byCode[c] = list;
            }
        });
        this.asciiForms = byCode;
        @SuppressWarnings("unchecked") // as above
        List<String>[][] byTwo = new List[ASCII][];
        for (int a = 0; a < ASCII; a++) {
            if (byCode[a] == null) {
                continue;
            }
            byTwo[a] = new List[ASCII];
            for (int b = 0; b < ASCII; b++) {
                char second = (char) b;
                List<String> sameTwo = byCode[a].stream().filter(f -> f.length() == 1 || f.charAt(1) == second).toList();
                byTwo[a][b] = sameTwo.isEmpty() ? null : sameTwo;
            }
        }
        this.formsByTwoChars = byTwo;
    }

    static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Read once, on first use; the JVM makes that thread-safe. */
    private static final class Standard {
        static final Gazetteer INSTANCE = read(CountryTable.standard());
    }

    /** A known form in a text: where it stands and what it names. */
    record Match(int start, int end, Name name) {
    }

    /**
     * The first known country or organisation form at or after {@code from} that stands as whole words,
     * the longest where several start at one place; null when there is none. One look-up per word start:
     * an alternation of all forms as a regular expression tried every form at every place.
     */
    Match find(String text, int from) {
        for (int at = from; at < text.length(); at++) {
            char first = text.charAt(at);
            List<String> candidates = first < ASCII ? asciiForms[first] : formsByFirstChar.get(first);
            if (candidates != null && first < ASCII && at + 1 < text.length() && text.charAt(at + 1) < ASCII) {
                candidates = formsByTwoChars[first][text.charAt(at + 1)];
            }
            if (candidates == null || at > 0 && isWordChar(Character.codePointBefore(text, at))) {
                continue;
            }
            for (String form : candidates) {
                int end = at + form.length();
                if (text.startsWith(form, at) && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
                    return new Match(at, end, forms.get(form));
                }
            }
        }
        return null;
    }

    /** A letter or a number (\\p{L} or \\p{N}): a form must not run on into one. */
    private static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
