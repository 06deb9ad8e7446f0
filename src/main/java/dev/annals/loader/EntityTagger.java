package dev.annals.loader;

import dev.annals.model.Entities;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** Bounded repeats: an unbounded group recurses once per word and overflows the stack on long runs. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:van|von|der|de|da|di|del|la|le|bin|ibn)\\s+){0,3}(?:al-|el-)?\\p{Lu}[\\p{L}’'-]*){1,12}");
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
        for (String person : fullNames(text)) {
            String surname = person.substring(person.lastIndexOf(' ') + 1);
            personBySurname.merge(surname, person, (a, b) -> a.equals(b) ? a : "");
        }
    }

    Entities tag(String text) {
        Set<String> countries = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        List<String> named = fullNames(text);
        Matcher m = gazetteer.formPattern().matcher(text);
        while (m.find()) {
            Gazetteer.Name name = gazetteer.name(m.group());
            if (name.isCapital() && !standsForState(text, m.start(), m.end()) || insideName(text, m.start(), named)) {
                continue;
            }
            (name.kind() == Gazetteer.Kind.COUNTRY ? countries : organisations).add(name.canonical());
        }
        Set<String> people = new LinkedHashSet<>(named);
        Matcher words = Pattern.compile("\\p{Lu}[\\p{L}-]+").matcher(text);
        while (words.find()) {
            String person = personBySurname.get(words.group());
            if (person != null && !person.isEmpty()) {
                people.add(person);
            }
        }
        return new Entities(new ArrayList<>(countries), new ArrayList<>(organisations), orderOfMention(text, people));
    }

    /**
     * A capital names its state when the state acts or is visited ("Minsk has attempted", "a visit to
     * Minsk"), not when it only places something ("headquarters in Brussels") or begins a name ("Ottawa Convention").
     */
    private static boolean standsForState(String text, int begin, int end) {
        return !CAPITAL_IN_NAME.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()
                && !CAPITAL_AS_PLACE.matcher(text.substring(Math.max(0, begin - 8), begin)).find();
    }

    /** True when the match at {@code at} is part of a person's name ("George Washington", "Santiago Abascal"). */
    private static boolean insideName(String text, int at, List<String> names) {
        for (String name : names) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                if (at >= i && at < i + name.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last person the text names, for reading "he" or "she" in the sentence after it. */
    String lastPerson(String text) {
        List<String> people = tag(text).people();
        return people.isEmpty() ? null : people.get(people.size() - 1);
    }

    private List<String> fullNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            String[] words = m.group().split("\\s+");
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            for (int i = 0; i + 1 < words.length; i++) {
                String lead = before + String.join(" ", List.of(words).subList(0, i)) + (i > 0 ? " " : "");
                boolean afterOffice = OFFICE.matcher(lead).find();
                if (!gazetteer.isGivenName(words[i]) && !(afterOffice && isNamePart(words[i]))) {
                    continue;
                }
                int end = i + 1;
                while (end < words.length && end - i < 4 && isNamePart(words[end])) {
                    end++;
                }
                if (end > i + 1) {
                    names.add(POSSESSIVE.matcher(String.join(" ", List.of(words).subList(i, end))).replaceFirst(""));
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

    private static List<String> orderOfMention(String text, Set<String> people) {
        List<String> ordered = new ArrayList<>(people);
        ordered.sort((a, b) -> Integer.compare(firstIndex(text, a), firstIndex(text, b)));
        return ordered;
    }

    private static int firstIndex(String text, String person) {
        int full = text.indexOf(person);
        return full >= 0 ? full : text.indexOf(person.substring(person.lastIndexOf(' ') + 1));
    }
}
