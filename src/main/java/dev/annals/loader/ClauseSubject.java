package dev.annals.loader;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a clause that shares the subject of the sentence's first clause that subject, so its headline
 * reads on its own: "The council was founded in 1991 and renamed in 1997" heads its second fact "The
 * council was renamed", "Lithuania signed the accord in March 2003 and ratified it in December 2004"
 * "Lithuania ratified it".
 */
final class ClauseSubject {
    /** A verb in the past, or an auxiliary: what opens a clause that continues the subject before it. */
    static final String PAST_VERB = "(?:\\p{Ll}+ed|has|have|had|was|were|is|are|became|began|broke|built|came|fell"
            + "|gave|grew|held|joined|kept|left|led|lost|made|met|paid|ran|rose|sent|set|signed|sold|spoke|stood"
            + "|struck|took|told|won|went|wrote)";
    private static final Pattern OPENS_WITH_VERB = Pattern.compile("^" + PAST_VERB + "\\b");
    private static final Pattern VERB = Pattern.compile("(?<=\\s)" + PAST_VERB + "\\b");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had");
    private static final int MAX_SUBJECT_WORDS = 6;

    private ClauseSubject() {
    }

    /** True when the clause opens with its verb: it continues the subject of the clause before it. */
    static boolean lacksSubject(String clause) {
        return OPENS_WITH_VERB.matcher(clause.stripLeading()).find();
    }

    /**
     * The headline with the subject of {@code first} (the headline of the sentence's first clause), and
     * its auxiliary where the headline's verb needs one ("was" + "renamed"); unchanged when the first
     * headline has no short subject before a verb.
     */
    static String borrow(String first, String headline) {
        Matcher verb = VERB.matcher(first);
        if (!verb.find()) {
            return headline;
        }
        String subject = first.substring(0, verb.start()).strip();
        if (subject.isEmpty() || subject.split("\\s+").length > MAX_SUBJECT_WORDS) {
            return headline;
        }
        String rest = headline.substring(0, 1).toLowerCase(Locale.ROOT) + headline.substring(1);
        String restVerb = rest.split("\\s+", 2)[0];
        boolean takesAuxiliary = AUXILIARIES.contains(verb.group()) && !AUXILIARIES.contains(restVerb);
        return subject + " " + (takesAuxiliary ? verb.group() + " " : "") + rest;
    }
}
