package dev.annals.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a line of prose into sentences. A sentence ends at '.', '!' or '?' (with any closing quotes
 * or brackets after it) that is followed by white space and a capital, digit or opening quote, unless
 * the word before the full stop is an abbreviation ("No.", "e.g.", "U.S."), an initial ("J."), or the
 * stop sits inside a number ("1.5") or inside quotes or brackets.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "cf", "al",
            "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen", "rep", "pres",
            "jr", "sr", "inc", "ltd", "co", "corp", "dept", "approx", "ca", "c", "fig", "vol", "art",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "mt", "ft", "op");
    private static final String OPENING = "\"'“‘«(„[";
    private static final String CLOSING = "\"'”’»)]";

    List<Sentence> split(TextLine line) {
        String text = line.text();
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        Nesting nesting = new Nesting();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                nesting.step(c);
                continue;
            }
            Nesting after = nesting.copy();
            int end = i + 1;
            while (end < text.length() && (CLOSING.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.')) {
                after.step(text.charAt(end));
                end++;
            }
            int next = skipSpace(text, end);
            boolean boundary = after.isOutside()
                    && (next > end || end == text.length())
                    && (next == text.length() || startsSentence(text.charAt(next)))
                    && !(c == '.' && isAbbreviation(text, i));
            if (!boundary) {
                continue;
            }
            if (next < text.length()) {
                sentences.add(new Sentence(text.substring(start, end), line.span(start, end)));
                start = next;
            }
            nesting = after;
            i = Math.max(i, next - 1);
        }
        if (start < text.length()) {
            String rest = text.substring(start).stripTrailing();
            if (!rest.isEmpty()) {
                sentences.add(new Sentence(rest, line.span(start, start + rest.length())));
            }
        }
        return sentences;
    }

    /** How deep in brackets and quotes the scan is; a sentence ends only outside all of them. */
    private static final class Nesting {
        private int depth;
        private boolean inStraightQuote;

        void step(char c) {
            switch (c) {
                case '(', '[', '“', '«' -> depth++;
                case ')', ']', '”', '»' -> depth = Math.max(0, depth - 1);
                case '"' -> inStraightQuote = !inStraightQuote;
                default -> { }
            }
        }

        boolean isOutside() {
            return depth == 0 && !inStraightQuote;
        }

        Nesting copy() {
            Nesting n = new Nesting();
            n.depth = depth;
            n.inStraightQuote = inStraightQuote;
            return n;
        }
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENING.indexOf(c) >= 0;
    }

    /** True when the word ending at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int dot) {
        int begin = dot;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && OPENING.indexOf(text.charAt(begin - 1)) < 0) {
            begin--;
        }
        String word = text.substring(begin, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial, as in "J. Smith"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
