package dev.annals.loader;

import dev.annals.model.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which dates of a sentence date a fact of their own.
 *
 * <ul>
 * <li>A date in brackets, or in a clause that looks back ("which had been in place since 2008", "since
 * the end of the war in 1991"), only annotates the sentence; look-back words that belong to a noun
 * phrase ("an earlier programme", "the once-close allies") do not make a clause look back.</li>
 * <li>Dates separated by a clause boundary ("…on 19 January 2004, and in January 2006 Belarus…", "founded
 * in 1991 and renamed in 1997") make one statement each.</li>
 * <li>A list of dates ("on 3 March 2001, 12 May 2003 and 9 June 2005", "in 1991, Finland in 1992 and
 * Norway in 1992") dates one fact per date within the same clause.</li>
 * <li>A day whose year was carried over from a year of the same clause refines it: "in 1997 by a decree
 * of 21 November" is 21 November 1997.</li>
 * </ul>
 * Any other later date of a clause stays with the clause as a date it mentions.
 */
final class StatementSplitter {
    private static final String PAST = ClauseSubject.PAST_VERB;
    private static final Pattern BOUNDARY = Pattern.compile(
            ";\\s*|,\\s+(?:and then|and|but|while|whereas|then|after which|before which)\\s+|,\\s+(?=which\\s+(?:was|were)\\s)"
                    + "|,?\\s+and\\s+(?=(?:a|an|the|its|his|her|their|in|on|later|then|it|they|he|she)\\s|\\p{Lu}|" + PAST + "\\b)"
                    + "|,\\s+(?=" + PAST + "\\s)");
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}";
    /**
     * What stands between two dates of a list: a comma or "and", perhaps a place or a few words without a
     * verb ("Finland", "to 87"), a preposition: "in 1991, Finland in 1992", "to 63 in 1977 and to 87 in 1985".
     */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "^(?:\\s*,\\s*(?:(?:and|or|as well as)\\s+)?|\\s+(?:and|or|as well as)\\s+)(?:both\\s+)?(?:(?:again|also|later)\\s+)?"
                    + "(?:(?:in|on|at)\\s+" + NAME + "\\s+|(?:(?!" + ClauseSubject.PAST_VERB + "\\b)[\\p{L}\\d'’.-]+\\s+){1,3})?"
                    + "(?:(?:in|on|at|during|by|from)\\s+(?:the\\s+)?)?$");
    /** What may follow the last date of a list: the end of the clause, another item, a phrase of place or manner. */
    private static final Pattern AFTER_LIST_ITEM = Pattern.compile(
            "^(?:\\s*$|\\s*[,;.:!?)\\]]|\\s+(?:and|or|in|at|with|for|by|during|under|from|as|respectively)\\b)");
    /** A sentence that opens with an adverbial phrase, and the comma before its main clause ("Following …, the government …"). */
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile(
            "^(?:After|Following|Despite|During|Before|Amid|Under|Throughout|Through|Since|In|On|At|By|From|Until)\\b");
    private static final Pattern MAIN_CLAUSE_COMMA = Pattern.compile(
            ",\\s+(?=(?:the|a|an|its|his|her|their|it|he|she|they|The|\\p{Lu}\\p{L}+)\\s)");
    private static final Pattern LOOKS_BACK = Pattern.compile("(?i)\\b(?:had|previously|formerly|earlier|once)\\b(?!-)");
    /** A look-back word after one of these belongs to a noun phrase: "an earlier programme". */
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)\\b(?:a|an|the|its|their|his|her|this|that|these|those|our|whose)\\s+$");
    /** "earlier in 2005", "once again": the words point at the date, not away from it. */
    private static final Pattern NOT_BACK = Pattern.compile("(?i)^(?:earlier\\s+(?:in|that|this|the same)\\b|once\\s+(?:again|more)\\b)");
    /** A plain year between a determiner and a noun: "the 1962 Constitution", "Lithuania's 2004 accession". */
    private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile("(?:\\b(?:the|The|a|an|its|their|his|her)|['’]s)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+\\p{L}");
    /** A plain year after a title or its bracketed abbreviation: "Act 1935", "Order (LFO), 2002". */
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:\\)\\s*,|\\b(?!(?:In|On|By|Since|From|Until|During|After|Before|Around|Between|Of|To|At|For|And|But)\\s)\\p{Lu}\\p{L}+)\\s+$");
    /** "since the end of the war in 1991": the date of a past event that a state of affairs dates from. */
    private static final Pattern SINCE_EVENT = Pattern.compile(
            "(?i)\\bsince\\s+the\\s+(?:[\\p{L}'’-]+\\s+){1,5}(?:in|of)\\s+(?:the\\s+)?$");

    /** The statements of a sentence, or none when no date in it dates a fact. */
    List<Statement> split(String sentence, List<DateSpan> dates) {
        List<DateSpan> dating = new ArrayList<>();
        List<DateSpan> asides = new ArrayList<>();
        int[] depth = bracketDepths(sentence);
        boolean anyLooksBack = false;
        int clauseFloor = 0;
        for (DateSpan d : dates) {
            if (!d.isDated()) {
                continue;
            }
            boolean back = looksBack(sentence, d, clauseFloor);
            anyLooksBack |= back;
            (back || depth[d.begin()] > 0 || isNameYear(sentence, d) ? asides : dating).add(d);
            clauseFloor = d.end();
        }
        if (dating.isEmpty() && !asides.isEmpty() && !anyLooksBack) {
            dating.add(asides.remove(0)); // a bracketed date is better than none: "The treaty (1995) …"
        }
        if (dating.isEmpty()) {
            return List.of();
        }
        List<Statement> statements = new ArrayList<>();
        int begin = 0;
        List<DateSpan> facts = new ArrayList<>(List.of(dating.get(0)));
        List<DateSpan> others = new ArrayList<>();
        DateSpan lead = dating.get(0);
        DateSpan previous = dating.get(0);
        boolean previousIsFact = true;
        for (int i = 1; i < dating.size(); i++) {
            DateSpan next = dating.get(i);
            int gapEnd = Math.max(previous.end(), next.quotedBegin());
            boolean listed = LIST_SEPARATOR.matcher(sentence).region(previous.end(), gapEnd).matches()
                    && AFTER_LIST_ITEM.matcher(sentence).region(next.end(), sentence.length()).lookingAt();
            int[] cut = listed ? null : boundary(sentence, previous.end(), gapEnd);
            DateSpan last = facts.get(facts.size() - 1);
            if (listed) {
                (previousIsFact ? facts : others).add(next);
            } else if (cut != null) {
                statements.add(new Statement(begin, cut[0], facts, withAsides(others, asides, begin, cut[0]), lead));
                begin = cut[1];
                lead = next;
                facts = new ArrayList<>(List.of(next));
                others = new ArrayList<>();
                previousIsFact = true;
            } else if (refines(next, last)) {
                facts.set(facts.size() - 1, next);
                previousIsFact = true;
            } else {
                others.add(next);
                previousIsFact = false;
            }
            previous = next;
        }
        statements.add(new Statement(begin, sentence.length(), facts, withAsides(others, asides, begin, sentence.length()), lead));
        return statements;
    }

    /**
     * True when a plain year is part of a name ("The 1962 Constitution was abrogated on 25 March 1969",
     * "the Legal Framework Order (LFO), 2002"): it dates the sentence only when nothing else does.
     */
    private static boolean isNameYear(String sentence, DateSpan d) {
        if (d.relation() != null || d.isRange() || d.yearless() != null || d.start().precision() != Precision.YEAR
                || d.start().qualifier() != null || d.end() - d.begin() != 4) {
            return false;
        }
        int from = Math.max(0, d.begin() - 40);
        boolean attributive = ATTRIBUTIVE_BEFORE.matcher(sentence).region(from, d.begin()).find()
                && WORD_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt();
        return attributive || TITLE_BEFORE.matcher(sentence).region(from, d.begin()).find();
    }

    /**
     * The last clause boundary between two dates, as {cut, resume}, or null. The comma that closes a
     * leading adverbial phrase is one too: "Following a slowdown in the 1970s, the government of the
     * 1980s …" states two facts.
     */
    private static int[] boundary(String sentence, int from, int to) {
        Matcher b = BOUNDARY.matcher(sentence).region(from, to);
        b.useTransparentBounds(true);
        int[] cut = null;
        while (b.find()) {
            cut = new int[] {b.start(), b.end()};
        }
        if (cut == null && LEADING_ADVERBIAL.matcher(sentence).lookingAt()) {
            Matcher comma = MAIN_CLAUSE_COMMA.matcher(sentence);
            if (comma.find() && comma.start() >= from && comma.end() <= to) {
                cut = new int[] {comma.start(), comma.end()};
            }
        }
        return cut;
    }

    /** "in 1997 by a decree of 21 November": a day of the same clause that took its year from this year. */
    private static boolean refines(DateSpan next, DateSpan fact) {
        return next.yearCarried() && !fact.isRange() && fact.start().precision() == Precision.YEAR
                && fact.start().qualifier() == null && next.start().year() == fact.start().year();
    }

    private static List<DateSpan> withAsides(List<DateSpan> others, List<DateSpan> asides, int begin, int end) {
        List<DateSpan> all = new ArrayList<>(others);
        for (DateSpan a : asides) {
            if (a.begin() >= begin && a.end() <= end) {
                all.add(a);
            }
        }
        all.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return all;
    }

    /** How deep in brackets each position of the text is, in one pass. */
    private static int[] bracketDepths(String text) {
        int[] depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            depth[i] = d;
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                d++;
            } else if ((c == ')' || c == ']') && d > 0) {
                d--;
            }
        }
        depth[text.length()] = d;
        return depth;
    }

    /**
     * True when the clause leading up to the date speaks of an earlier state of affairs. The clause
     * starts after the last comma, semicolon or bracket, and never before the previous date, so a
     * sentence is read once however many dates it holds.
     */
    private static boolean looksBack(String text, DateSpan d, int floor) {
        int start = d.quotedBegin();
        int end = start;
        while (start > floor && ",;(—".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        if (SINCE_EVENT.matcher(text).region(start, end).useTransparentBounds(true).find()) {
            return true;
        }
        Matcher m = LOOKS_BACK.matcher(text).region(start, end);
        while (m.find()) {
            boolean inNounPhrase = DETERMINER.matcher(text).region(start, m.start()).find();
            if (!inNounPhrase && !NOT_BACK.matcher(text).region(m.start(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
