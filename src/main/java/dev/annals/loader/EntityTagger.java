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
import java.util.regex.Matcher;
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
    /**
     * Bounded repeats: an unbounded group recurses once per word and overflows the stack on long runs.
     * A run starts only at the start of a word, and a word or a gap is never given back (possessive): a
     * failed attempt then costs one pass over the word, not one pass per letter ("A'A'A'…" took minutes).
     */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<![\\p{L}’'-])\\p{Lu}[\\p{L}’'-]*+"
            + "(?:\\s++(?:(?:van|von|der|de|da|di|del|la|le|bin|ibn)\\s++){0,3}+(?:al-|el-)?\\p{Lu}[\\p{L}’'-]*+){1,12}");
    /** A capitalised word that may be a known surname. */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}-]++");
    /** A name needs only this much of the text before it to tell whether an office precedes it. */
    private static final int OFFICE_CONTEXT = 40;
    /** An office before a name marks it as a person's even when the given name is not known ("prime minister Gediminas Kirkilas"). */
    private static final Pattern OFFICE = Pattern.compile("(?i:president|prime minister|premier|chancellor|minister"
            + "|secretary-general|secretary general|king|queen|senator|ambassador|commissioner|chairman|chairwoman"
            + "|general|spokesman|spokeswoman|mayor|governor)\\s+$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
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

    EntityTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Remembers the people the text names in full, so later surnames alone can be recognised. */
    void learnPeople(String text) {
        for (Found found : fullNames(text)) {
            String person = found.name();
            String surname = person.substring(person.lastIndexOf(' ') + 1);
            personBySurname.merge(surname, person, (a, b) -> a.equals(b) ? a : "");
        }
    }

    Entities tag(String text) {
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
        // Each person with where the text first names them, in full or by surname.
        Map<String, Integer> people = new LinkedHashMap<>();
        named.forEach(f -> people.putIfAbsent(f.name(), f.begin()));
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String person = personBySurname.get(words.group());
            if (person != null && !person.isEmpty()) {
                people.putIfAbsent(person, words.start());
            }
        }
        List<String> inOrder = new ArrayList<>(people.keySet());
        inOrder.sort(Comparator.comparing(people::get));
        return new Entities(new ArrayList<>(countries), new ArrayList<>(organisations), inOrder);
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
        List<String> people = tag(text).people();
        return people.isEmpty() ? null : people.get(people.size() - 1);
    }

    /** A person's full name and where the text names them. */
    private record Found(String name, int begin, int end) {
    }

    /** The people the text names in full, in text order. */
    private List<Found> fullNames(String text) {
        List<Found> names = new ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            List<String> words = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (int i = m.start(); i < m.end(); ) {
                int end = i;
                while (end < m.end() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                words.add(text.substring(i, end));
                starts.add(i);
                i = end;
                while (i < m.end() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            }
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            for (int i = 0; i + 1 < words.size(); i++) {
                String lead = before + String.join(" ", words.subList(0, i)) + (i > 0 ? " " : "");
                boolean afterOffice = OFFICE.matcher(lead.substring(Math.max(0, lead.length() - OFFICE_CONTEXT))).find();
                if (!gazetteer.isGivenName(words.get(i)) && !(afterOffice && isNamePart(words.get(i)))) {
                    continue;
                }
                int end = i + 1;
                while (end < words.size() && end - i < 4 && isNamePart(words.get(end))) {
                    end++;
                }
                if (end > i + 1) {
                    String name = POSSESSIVE.matcher(String.join(" ", words.subList(i, end))).replaceFirst("");
                    names.add(new Found(name, starts.get(i), starts.get(end - 1) + words.get(end - 1).length()));
                }
                i = end - 1;
            }
        }
        return names;
    }

    /**
     * A word that can continue a name: a surname or a second given name ("José Manuel Barroso"), not a
     * country, organisation or the word of an institution ("Roman Empire").
     */
    private boolean isNamePart(String word) {
        String bare = POSSESSIVE.matcher(word).replaceFirst("");
        Gazetteer.Name known = gazetteer.name(bare);
        return (known == null || known.isCapital()) && !NOT_NAME_PARTS.contains(bare)
                || Character.isLowerCase(word.charAt(0));
    }

}
