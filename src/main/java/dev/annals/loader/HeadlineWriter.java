package dev.annals.loader;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens the clause that states a fact into a headline: the date goes (it is shown beside the
 * headline), as do brackets, a leading connective or adverbial phrase and a trailing subordinate
 * clause; "he" or "she" becomes the person named just before. A headline stays a clause of the
 * text; only a clause still longer than {@link #MAX_LENGTH} is cut, at a phrase boundary if it can be.
 */
final class HeadlineWriter {
    static final int MAX_LENGTH = 120;
    private static final int MIN_WORDS = 4;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s++");
    /** What is left before the clause once a leading date goes: "1997's agreement" heads "Agreement". */
    private static final Pattern OPENING_MARK = Pattern.compile("^(?:['’]s\\b)?\\s*+[,:]?\\s*+");
    private static final Pattern ONLY_MARKS = Pattern.compile("[\\s.,;:!?]*+");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^()]*\\)|\\s*\\[[^\\[\\]]*]");
    private static final Pattern DATE_PREPOSITION = Pattern.compile(
            "(?i)(?:\\b(?:in|on|since|from|during|by|until|as of|around|between)\\s+(?:the\\s+)?)?$");
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:But|And|However|In turn|Also|Moreover|Meanwhile|Then|Later|Thus|Furthermore|Additionally"
                    + "|Nevertheless|For example|In addition|As a result|Subsequently)\\b,?\\s+");
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile(
            "^(?i:after|following|since|during|before|in|on|amid|despite|due to|as part of|to|regarding"
                    + "|in accordance with|according to|under|with|within|at)\\b");
    /** What a main clause may open with after a leading adverbial: a name or a determiner or pronoun. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "^(?:\\p{Lu}|(?:the|a|an|this|these|those|its|his|her|their|he|she|it|they|we|there|some|many"
                    + "|several|both|all|each|no)\\b)");
    private static final Pattern PRONOUN = Pattern.compile("^(?:he|she)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            ",\\s+(?:which|who|whose|where|as well as|while|whereas|although|"
                    + "containing|including|limiting|leading|making|causing|prompting|resulting|marking|allowing"
                    + "|bringing|ending|giving|saying|stating|adding|noting|citing|calling|following|according)\\b"
                    + "|[:;]\\s|\\s+[—–]\\s+");
    private static final Pattern TRAILING_LEAD_IN = Pattern.compile(
            "\\s+(?:such as|including|as follows|the following|to|in areas|for)$");
    private static final List<String> LEAD_IN_ENDINGS = List.of("such as", "including", "as follows", "the following",
            "to", "in areas", "for");
    /** Where an over-long clause may be cut: before a prepositional or subordinate phrase. */
    private static final Pattern PHRASE_BREAK = Pattern.compile(
            "\\s+(?=(?:following|after|due to|because|in order to|under|within|which|as part of|with|from|for"
                    + "|in|on|during|through)\\b)|,\\s+");
    private static final Pattern ENDS_IN_VERB = Pattern.compile("\\b(?:is|are|was|were|be|been|has|have|had)$");

    /**
     * @param clause the clause of the sentence that states the fact
     * @param date   the dating expression within the clause, or null when the date comes from context
     * @param person the person named last before this sentence, for "he" and "she"; may be null
     */
    String write(String clause, DateSpan date, String person) {
        String s = clause;
        if (date != null) {
            s = withoutDate(s, date);
        }
        s = collapseSpace(s); // collapsed first: "\\s*\\(" is tried at every space
        if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
            s = BRACKETS.matcher(s).replaceAll("");
        }
        s = strip(s);
        s = withoutOpening(s, CONNECTIVE);
        s = withoutLeadingAdverbial(s);
        Matcher pronoun = PRONOUN.matcher(s);
        if (person != null && pronoun.lookingAt()) {
            s = person + s.substring(pronoun.end());
        }
        s = cutTrailingClause(s);
        s = strip(s);
        if (endsWithLeadIn(s)) {
            s = TRAILING_LEAD_IN.matcher(s).replaceFirst("");
        }
        s = shorten(strip(s));
        return capitalise(closeQuotes(s));
    }

    /** {@code s} without what {@code opening} matches at its start (patterns anchored with ^). */
    private static String withoutOpening(String s, Pattern opening) {
        Matcher m = opening.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** True when {@code s} ends in a word that TRAILING_LEAD_IN removes: a cheap test before that expression. */
    private static boolean endsWithLeadIn(String s) {
        for (String word : LEAD_IN_ENDINGS) {
            if (s.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the date where it opens the clause, or closes it after a preposition of time ("… on 19
     * January 2004"); a date inside the clause, or the object of another word ("go back to the 1990s"), stays.
     */
    private static String withoutDate(String clause, DateSpan date) {
        if (date.end() > clause.length()) {
            return clause;
        }
        Matcher prep = DATE_PREPOSITION.matcher(clause).region(prepositionFrom(clause, date.begin()), date.begin());
        prep.useTransparentBounds(true); // "\\b" sees the letter before the region, as in the whole clause
        boolean hasPreposition = prep.find() && prep.end() > prep.start();
        int from = hasPreposition ? prep.start() : date.begin();
        String head = clause.substring(0, from);
        String tail = clause.substring(date.end());
        if (head.isBlank()) {
            return OPENING_MARK.matcher(tail).replaceFirst("");
        }
        if (hasPreposition && ONLY_MARKS.matcher(tail).matches()) {
            return head;
        }
        return clause;
    }

    /**
     * Where a preposition of time before {@code begin} can start at the earliest: before the white space,
     * a "the" and the white space before it, by the longest preposition. Searching from there instead of
     * from the clause's start finds the same match without reading the whole clause.
     */
    private static int prepositionFrom(String clause, int begin) {
        int i = begin;
        while (i > 0 && isSpace(clause.charAt(i - 1))) {
            i--;
        }
        for (int k = 0; k < "the".length() && i > 0 && !isSpace(clause.charAt(i - 1)); k++) {
            i--;
        }
        while (i > 0 && isSpace(clause.charAt(i - 1))) {
            i--;
        }
        return Math.max(0, i - "between".length() - 1);
    }

    /** White space as regular expressions' "\\s" reads it: space, tab, line and page breaks. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** "After the protests in 2020, the President …" becomes "the President …"; the comma must open a main clause. */
    private static String withoutLeadingAdverbial(String s) {
        if (!LEADING_ADVERBIAL.matcher(s).lookingAt()) {
            return s;
        }
        for (int comma = s.indexOf(", "); comma > 0 && comma < 160; comma = s.indexOf(", ", comma + 1)) {
            String rest = s.substring(comma + 2);
            if (CLAUSE_OPENING.matcher(rest).lookingAt() && words(rest) >= MIN_WORDS) {
                return rest;
            }
        }
        return s;
    }

    private static String cutTrailingClause(String s) {
        Matcher m = TRAILING_CLAUSE.matcher(s);
        while (m.find()) {
            if (words(s, m.start()) >= MIN_WORDS) {
                return s.substring(0, m.start());
            }
        }
        return s;
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        // The breaks that start by MAX_LENGTH, tried there only: find() read on to the end of a long clause.
        Matcher m = PHRASE_BREAK.matcher(s).useTransparentBounds(true);
        int cut = -1;
        for (int at = 0; at <= MAX_LENGTH; ) {
            if (!m.region(at, s.length()).lookingAt()) {
                at++;
                continue;
            }
            if (at >= MAX_LENGTH / 2 && isCleanBreak(s, at, m.end())) {
                cut = at;
            }
            at = m.end();
        }
        if (cut > 0) {
            return strip(s.substring(0, cut));
        }
        int space = s.lastIndexOf(' ', MAX_LENGTH - 1);
        return strip(s.substring(0, space > 0 ? space : MAX_LENGTH - 1)) + "…";
    }

    /** Not after a bare verb ("is"), and not inside a name ("Partnership for Peace"). */
    private static boolean isCleanBreak(String s, int start, int end) {
        Matcher verb = ENDS_IN_VERB.matcher(s).region(Math.max(0, start - "been".length() - 1), start);
        if (verb.useTransparentBounds(true).find()) {
            return false;
        }
        String before = s.substring(0, start);
        int lastWord = before.lastIndexOf(' ') + 1;
        boolean capitalBefore = lastWord < before.length() && Character.isUpperCase(before.charAt(lastWord));
        int nextWord = s.indexOf(' ', end);
        boolean capitalAfter = nextWord > 0 && nextWord + 1 < s.length() && Character.isUpperCase(s.charAt(nextWord + 1));
        return !(capitalBefore && capitalAfter && s.charAt(start) == ' ');
    }

    /** A headline cut inside a quotation gets its closing quote mark. */
    private static String closeQuotes(String s) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            open += c == '“' ? 1 : 0;
            close += c == '”' ? 1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        String closed = open > close ? s + "”" : s;
        return straight % 2 == 1 ? closed + "\"" : closed;
    }

    /**
     * White space collapsed to single spaces, without punctuation and spaces at the ends. In loops: the
     * regular expression "[\\s,;:.!?]+$" is tried at every place of a long run and took quadratic time.
     */
    private static String strip(String s) {
        String t = collapseSpace(s);
        int begin = 0;
        while (begin < t.length() && " ,;:".indexOf(t.charAt(begin)) >= 0) {
            begin++;
        }
        int end = t.length();
        while (end > begin && " ,;:.!?".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(begin, end);
    }

    /** Runs of white space as one space each; the string itself when it has none to change (most have none). */
    private static String collapseSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1)))) {
                return WHITE_SPACE.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    private static int words(String s) {
        return words(s, s.length());
    }

    /**
     * The words of {@code s} up to {@code end}, stripped: its runs of characters other than white space,
     * as {@code s.substring(0, end).strip().split("\\s+")} counts them, without making those strings.
     */
    private static int words(String s, int end) {
        int begin = 0;
        while (begin < end && Character.isWhitespace(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int words = 0;
        for (int i = begin; i < end; i++) {
            if (!isSpace(s.charAt(i)) && (i == begin || isSpace(s.charAt(i - 1)))) {
                words++;
            }
        }
        return words;
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }
}
