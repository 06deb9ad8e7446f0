package dev.annals.loader;

import dev.annals.model.BundledTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives each statement one category by a small, visible rule set ({@code /data/categories.tsv}): the
 * category whose cue words occur most often (distinct words) in the sentence and its section headings.
 * The words that decided it are kept, so a reader can see why.
 *
 * <p>A cue starts a word and ends where a word ends ({@code ban} is not found in "bank"); a cue with a
 * trailing {@code *} takes the rest of its word ({@code sanction*} finds "sanctioned"). The cues of all
 * rules sit in one trie, so a sentence is read once, word by word: one regular expression per rule, tried
 * at every word, took a fifth of the loader's time.
 */
final class CategoryRules {
    static final String GENERAL = "general";

    /** The category and the words that decided it. */
    record Verdict(String category, List<String> cues) {
    }

    /** A cue of a rule, and its place among the rule's cues: where several match at one word, the first listed wins. */
    private record Cue(int rule, int order, boolean takesWordEnd) {
    }

    /** A trie node: the cues that end here, and the next nodes by character. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        final List<Cue> cues = new ArrayList<>();
    }

    private final List<String> categories;
    private final Node root;
    /** The headings' cues of the last section path (sentences of one section share it): per rule, or null. */
    private List<String> lastPath;
    private List<Set<String>> lastHeadingCues;

    private CategoryRules(List<String> categories, Node root) {
        this.categories = List.copyOf(categories);
        this.root = root;
    }

    /** A new rule set from the bundled table; each reader has its own (it keeps the last headings' cues). */
    static CategoryRules standard() {
        return new CategoryRules(Standard.CATEGORIES, Standard.ROOT);
    }

    /** Read once, on first use; the JVM makes that thread-safe. The trie is only read after it is built. */
    private static final class Standard {
        static final List<String> CATEGORIES = new ArrayList<>();
        static final Node ROOT = read(CATEGORIES);
    }

    Verdict categorise(String sentence, List<String> sectionPath) {
        List<Set<String>> found = cues(sentence.toLowerCase(Locale.ROOT), "");
        if (!sectionPath.equals(lastPath)) {
            lastPath = List.copyOf(sectionPath);
            lastHeadingCues = cues(String.join(" / ", sectionPath).toLowerCase(Locale.ROOT), "section: ");
        }
        Verdict best = new Verdict(GENERAL, List.of());
        int bestSize = 0;
        for (int rule = 0; rule < categories.size(); rule++) {
            Set<String> own = found.get(rule);
            Set<String> headings = lastHeadingCues.get(rule);
            if (own == null && headings == null) {
                continue;
            }
            Set<String> all = new LinkedHashSet<>();
            if (own != null) {
                all.addAll(own);
            }
            if (headings != null) {
                all.addAll(headings);
            }
            if (all.size() > bestSize) {
                best = new Verdict(categories.get(rule), new ArrayList<>(all));
                bestSize = all.size();
            }
        }
        return best;
    }

    /**
     * The cues found in {@code text}, per rule (null where none), each in text order. Each rule reads on
     * after the end of its own last cue, as a regular expression's find() would.
     */
    private List<Set<String>> cues(String text, String prefix) {
        List<Set<String>> found = new ArrayList<>(categories.size());
        for (int i = 0; i < categories.size(); i++) {
            found.add(null);
        }
        int[] resumeAt = new int[categories.size()];
        Cue[] best = new Cue[categories.size()];
        int[] bestEnd = new int[categories.size()];
        for (int at = 0; at < text.length(); at++) {
            if (at > 0 && isWordChar(text.codePointBefore(at)) || !isWordChar(text.codePointAt(at))) {
                continue;
            }
            boolean any = false;
            Node node = root;
            for (int i = at; node != null; i++) {
                for (Cue cue : node.cues) {
                    int end = cue.takesWordEnd() ? wordEnd(text, i) : i;
                    if (resumeAt[cue.rule()] <= at && (cue.takesWordEnd() || !startsLetter(text, i))
                            && (best[cue.rule()] == null || cue.order() < best[cue.rule()].order())) {
                        best[cue.rule()] = cue;
                        bestEnd[cue.rule()] = end;
                        any = true;
                    }
                }
                node = i < text.length() ? node.next.get(text.charAt(i)) : null;
            }
            if (!any) {
                continue;
            }
            for (int rule = 0; rule < best.length; rule++) {
                if (best[rule] != null) {
                    if (found.get(rule) == null) {
                        found.set(rule, new LinkedHashSet<>());
                    }
                    found.get(rule).add(prefix + text.substring(at, bestEnd[rule]));
                    resumeAt[rule] = bestEnd[rule];
                    best[rule] = null;
                }
            }
        }
        return found;
    }

    /** The end of the run of letters and hyphens from {@code i}: what a trailing * takes. */
    private static int wordEnd(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c) && c != '-') {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean startsLetter(String text, int i) {
        return i < text.length() && Character.isLetter(text.codePointAt(i));
    }

    /** A letter or hyphen: a cue starts only where none stands before it. */
    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || codePoint == '-';
    }

    private static Node read(List<String> categories) {
        Node root = new Node();
        for (String[] f : BundledTable.rows("/data/categories.tsv", true)) {
            int rule = categories.size();
            categories.add(f[0].strip());
            int order = 0;
            for (String cue : f[1].split(",")) {
                String c = cue.strip().toLowerCase(Locale.ROOT);
                if (c.isEmpty()) {
                    continue;
                }
                boolean takesWordEnd = c.endsWith("*");
                String word = takesWordEnd ? c.substring(0, c.length() - 1) : c;
                Node node = root;
                for (int i = 0; i < word.length(); i++) {
                    node = node.next.computeIfAbsent(word.charAt(i), k -> new Node());
                }
                node.cues.add(new Cue(rule, order++, takesWordEnd));
            }
        }
        return root;
    }
}
