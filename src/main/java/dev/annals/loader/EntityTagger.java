package dev.annals.loader;

import dev.annals.model.Entities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the countries, organisations and people a sentence names.
 *
 * <p>Countries and organisations come from the gazetteer: names, aliases, adjectives ("Belarusian")
 * and capitals standing for their state ("Minsk has attempted"), matched case-sensitively as whole words, longest first. A person is a run
 * of two to four capitalised words that starts with a known given name ("Jens Stoltenberg") or follows an
 * office ("prime minister Gediminas Kirkilas");
 * once the article has named a person in full, the surname alone ("Lukashenko said") names them too.
 */
final class EntityTagger {
    /** A run of capitalised words (see {@link #runEnd}) counts at most this many words after its first. */
    private static final int MAX_RUN_WORDS = 12;
    /** Lower-case words that may stand between the parts of a name ("Ursula von der Leyen"), up to three. */
    private static final List<String> PARTICLES = List.of("van", "von", "der", "de", "da", "di", "del", "la", "le",
            "bin", "ibn");
    private static final int MAX_PARTICLES = 3;
    /** A name needs only this much of the text before it to tell whether an office precedes it. */
    private static final int OFFICE_CONTEXT = 20;
    /**
     * An office before a name marks it as a person's even when the given name is not known ("prime minister
     * Gediminas Kirkilas"); "prime minister" or "secretary-general" end in one of these words.
     */
    private static final List<String> OFFICES = List.of("president", "premier", "chancellor", "minister", "king",
            "queen", "senator", "ambassador", "commissioner", "chairman", "chairwoman", "general", "spokesman",
            "spokeswoman", "mayor", "governor");
    /** Words that follow a given name in the names of things, not people ("Roman Empire", "Jean Monnet Programme"). */
    private static final Set<String> NOT_NAME_PARTS = Set.of("Empire", "Catholic", "Church", "Republic", "Law",
            "Army", "Kingdom", "Union", "Summit", "Council", "Convention", "Treaty", "Pact", "Agreement", "Programme",
            "Program", "Party", "Group", "Forces", "Ministry", "Department", "Square", "Street", "Airport", "Forum",
            "Foundation", "Institute", "University", "Prize", "Award", "Bridge", "Line", "Doctrine", "Plan", "Accords");
    /** Words after a capital that make it part of a name ("Ottawa Convention"), and words before it that make it a place. */
    private static final Pattern CAPITAL_IN_NAME = Pattern.compile("^\\s+\\p{Lu}");
    private static final Pattern CAPITAL_AS_PLACE = Pattern.compile("\\b(?:in|at|near|outside)\\s+$");

    private final Gazetteer gazetteer;
    private final Map<String, String> personBySurname = new HashMap<>();
    /** The last text tagged and what it names: the events of a sentence, and the next sentence's "he", ask again. */
    private String lastText;
    private Entities lastTagged;

    EntityTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Remembers the people the text names in full, so later surnames alone can be recognised. */
    void learnPeople(String text) {
        lastText = null;
        for (Found found : fullNames(text)) {
            String person = found.name();
            String surname = person.substring(person.lastIndexOf(' ') + 1);
            personBySurname.merge(surname, person, (a, b) -> a.equals(b) ? a : "");
        }
    }

    Entities tag(String text) {
        if (text == lastText) {
            return lastTagged;
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        List<Found> named = fullNames(text);
        int nameAt = 0;
        for (Gazetteer.Match m = gazetteer.find(text, 0); m != null; m = gazetteer.find(text, m.end())) {
            while (nameAt < named.size() && named.get(nameAt).end() <= m.start()) {
                nameAt++; // names and matches both come in text order
            }
            boolean insideName = nameAt < named.size() && named.get(nameAt).begin() <= m.start();
            Gazetteer.Name name = m.name();
            if (name.isCapital() && !standsForState(text, m.start(), m.end()) || insideName) {
                continue;
            }
            (name.kind() == Gazetteer.Kind.COUNTRY ? countries : organisations).add(name.canonical());
        }
        lastTagged = new Entities(new ArrayList<>(countries), new ArrayList<>(organisations), people(text, named));
        lastText = text;
        return lastTagged;
    }

    /** Each person with where the text first names them, in full or by surname, in that order. */
    private List<String> people(String text, List<Found> named) {
        if (named.isEmpty() && personBySurname.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> people = new LinkedHashMap<>();
        named.forEach(f -> people.putIfAbsent(f.name(), f.begin()));
        if (!personBySurname.isEmpty()) {
            for (int at = 0; at < text.length(); ) {
                int end = surnameEnd(text, at);
                if (end < 0) {
                    at += Character.charCount(text.codePointAt(at));
                    continue;
                }
                String person = personBySurname.get(text.substring(at, end));
                if (person != null && !person.isEmpty()) {
                    people.putIfAbsent(person, at);
                }
                at = end;
            }
        }
        List<String> inOrder = new ArrayList<>(people.keySet());
        inOrder.sort(Comparator.comparing(people::get));
        return inOrder;
    }

    /**
     * The end of a word that may be a known surname at {@code at} (a capital and at least one more letter or
     * hyphen, as many as follow), or -1.
     */
    private static int surnameEnd(String text, int at) {
        int first = text.codePointAt(at);
        if (Character.getType(first) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int end = at + Character.charCount(first);
        while (end < text.length() && (Character.isLetter(text.codePointAt(end)) || text.charAt(end) == '-')) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end > at + Character.charCount(first) ? end : -1;
    }

    /**
     * A capital names its state when the state acts or is visited ("Minsk has attempted", "a visit to
     * Minsk"), not when it only places something ("headquarters in Brussels") or begins a name ("Ottawa Convention").
     */
    private static boolean standsForState(String text, int begin, int end) {
        return !CAPITAL_IN_NAME.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()
                && !CAPITAL_AS_PLACE.matcher(text.substring(Math.max(0, begin - 8), begin)).find();
    }

    /** The last person the text names, for reading "he" or "she" in the sentence after it. */
    String lastPerson(String text) {
        List<String> people = text == lastText ? lastTagged.people() : people(text, fullNames(text));
        return people.isEmpty() ? null : people.get(people.size() - 1);
    }

    /** A person's full name and where the text names them. */
    private record Found(String name, int begin, int end) {
    }

    /** The people the text names in full, in text order. */
    private List<Found> fullNames(String text) {
        List<Found> names = new ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            int end = runEnd(text, at);
            if (end < 0) {
                at++;
                continue;
            }
            namesInRun(text, at, end, names);
            at = end;
        }
        return names;
    }

    /**
     * The end of the run of capitalised words that starts at {@code at}, or -1 when none does: a capitalised
     * word (letters, apostrophes, hyphens) that no such character precedes, then one to {@value #MAX_RUN_WORDS}
     * more, each after white space, perhaps up to three particles ("von der") and "al-" or "el-". One pass
     * over the words: the regular expression this replaces ran at every letter of the text.
     */
    private static int runEnd(String text, int at) {
        if (!isCapital(text, at) || at > 0 && isNameChar(text.codePointBefore(at))) {
            return -1;
        }
        int end = nameCharsEnd(text, at + Character.charCount(text.codePointAt(at)));
        int words = 0;
        while (words < MAX_RUN_WORDS) {
            int i = spaceEnd(text, end);
            if (i == end) {
                break;
            }
            for (int k = 0; k < MAX_PARTICLES; k++) {
                int afterParticle = particleEnd(text, i);
                if (afterParticle < 0) {
                    break;
                }
                i = afterParticle;
            }
            if ((text.startsWith("al-", i) || text.startsWith("el-", i)) && isCapital(text, i + 3)) {
                i += 3;
            }
            if (!isCapital(text, i)) {
                break;
            }
            end = nameCharsEnd(text, i + Character.charCount(text.codePointAt(i)));
            words++;
        }
        return words == 0 ? -1 : end;
    }

    /** The end of a particle at {@code i} and the white space after it, or -1. */
    private static int particleEnd(String text, int i) {
        if (i >= text.length() || "vdlbi".indexOf(text.charAt(i)) < 0) {
            return -1; // no particle starts with this letter: most words are passed at this test
        }
        for (String particle : PARTICLES) {
            int end = i + particle.length();
            if (text.startsWith(particle, i) && spaceEnd(text, end) > end) {
                return spaceEnd(text, end);
            }
        }
        return -1;
    }

    private static boolean isCapital(String text, int i) {
        return i < text.length() && Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER;
    }

    /** A letter, apostrophe or hyphen: what a word of a name is made of. */
    private static boolean isNameChar(int c) {
        return Character.isLetter(c) || c == '’' || c == '\'' || c == '-';
    }

    private static int nameCharsEnd(String text, int i) {
        while (i < text.length() && isNameChar(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The end of the white space (space, tab, line or page break) from {@code i}. */
    private static int spaceEnd(String text, int i) {
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Adds the names of people in the run of capitalised words [{@code begin}, {@code end}). */
    private void namesInRun(String text, int begin, int end, List<Found> names) {
        List<String> words = new ArrayList<>(MAX_RUN_WORDS + 1);
        int[] starts = new int[MAX_RUN_WORDS + 1];
        for (int i = begin; i < end; ) {
            int wordEnd = i;
            while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            starts[words.size()] = i;
            words.add(text.substring(i, wordEnd));
            i = wordEnd;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean afterOffice = i == 0 ? officeBefore(text, begin) : endsWithOffice(words.get(i - 1), words.get(i - 1).length());
            if (!gazetteer.isGivenName(words.get(i)) && !(afterOffice && isNamePart(words.get(i)))) {
                continue;
            }
            int last = i + 1;
            while (last < words.size() && last - i < 4 && isNamePart(words.get(last))) {
                last++;
            }
            if (last > i + 1) {
                String name = withoutPossessive(String.join(" ", words.subList(i, last)));
                names.add(new Found(name, starts[i], starts[last - 1] + words.get(last - 1).length()));
            }
            i = last - 1;
        }
    }

    /** True when an office and white space stand right before {@code at}, within {@value #OFFICE_CONTEXT} characters. */
    private static boolean officeBefore(String text, int at) {
        int from = Math.max(0, at - OFFICE_CONTEXT);
        int end = at;
        while (end > from && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end < at && endsWithOffice(text.substring(from, end), end - from);
    }

    /** True when {@code s} ends at {@code end} with an office, in any case of its ASCII letters. */
    private static boolean endsWithOffice(String s, int end) {
        if (end == 0 || "trgnlTRGNL".indexOf(s.charAt(end - 1)) < 0) {
            return false; // no office ends with this letter: most words are passed at this test
        }
        for (String office : OFFICES) {
            if (end >= office.length() && asciiEquals(s, end - office.length(), office)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} holds the lower-case {@code office} at {@code from}, ASCII capitals read as small letters. */
    private static boolean asciiEquals(String s, int from, String office) {
        for (int k = 0; k < office.length(); k++) {
            char c = s.charAt(from + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != office.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The word or name without a trailing "'s", "’s", "'" or "’". */
    private static String withoutPossessive(String s) {
        int n = s.length();
        if (n >= 2 && s.charAt(n - 1) == 's' && isApostrophe(s.charAt(n - 2))) {
            return s.substring(0, n - 2);
        }
        return n >= 1 && isApostrophe(s.charAt(n - 1)) ? s.substring(0, n - 1) : s;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * A word that can continue a name: a surname or a second given name ("José Manuel Barroso"), not a
     * country, organisation or the word of an institution ("Roman Empire").
     */
    private boolean isNamePart(String word) {
        String bare = withoutPossessive(word);
        Gazetteer.Name known = gazetteer.name(bare);
        return (known == null || known.isCapital()) && !NOT_NAME_PARTS.contains(bare)
                || Character.isLowerCase(word.charAt(0));
    }
}
