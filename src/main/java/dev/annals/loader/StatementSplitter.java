package dev.annals.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which dates of a sentence date a fact of their own. A date in brackets, or in a clause that
 * looks back ("which had been in place since 2008"), only annotates the sentence. Two dating dates
 * separated by a clause boundary ("…on 19 January 2004, and in January 2006 Belarus…") make two
 * statements, as does "and" opening a new subject or a new date ("… in Corfu on 24 June 1994 and a
 * referendum approved membership in October 1994"); without such a boundary the later date stays with
 * the first statement.
 */
final class StatementSplitter {
    private static final Pattern BOUNDARY = Pattern.compile(
            ";\\s*|,\\s+(?:and then|and|but|while|whereas|then|after which|before which)\\s+"
                    + "|(?<!\\s)\\s+and\\s+(?=(?:a|an|the|its|his|her|their|in|on|later|then)\\s|\\p{Lu})");
    private static final Pattern LOOKS_BACK = Pattern.compile(
            "(?i)\\b(?:had|previously|formerly|earlier|once)\\b");

    /** The statements of a sentence, or none when no date in it dates a fact. */
    List<Statement> split(String sentence, List<DateSpan> dates) {
        List<DateSpan> dating = new ArrayList<>();
        List<DateSpan> asides = new ArrayList<>();
        int[] depth = bracketDepths(sentence);
        boolean anyLooksBack = false;
        int clauseFloor = 0;
        for (DateSpan d : dates) {
            boolean back = looksBack(sentence, d, clauseFloor);
            anyLooksBack |= back;
            (back || depth[d.begin()] > 0 ? asides : dating).add(d);
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
        DateSpan current = dating.get(0);
        List<DateSpan> others = new ArrayList<>();
        int searchedTo = current.end(); // no boundary before here: each stretch is searched once
        for (int i = 1; i < dating.size(); i++) {
            DateSpan next = dating.get(i);
            Matcher b = BOUNDARY.matcher(sentence).region(searchedTo, next.begin());
            searchedTo = Math.max(searchedTo, next.end());
            int cut = -1;
            int resume = -1;
            while (b.find()) {
                cut = b.start();
                resume = b.end();
            }
            if (cut < 0) {
                others.add(next);
                continue;
            }
            statements.add(new Statement(begin, cut, current, withAsides(others, asides, begin, cut)));
            begin = resume;
            current = next;
            others = new ArrayList<>();
        }
        statements.add(new Statement(begin, sentence.length(), current, withAsides(others, asides, begin, sentence.length())));
        return statements;
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
        int start = d.begin();
        while (start > floor && ",;(—".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return LOOKS_BACK.matcher(text).region(start, d.begin()).find();
    }
}
