package dev.annals.loader;

import dev.annals.model.BundledTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each statement one category by a small, visible rule set ({@code /data/categories.tsv}): the
 * category whose cue words occur most often (distinct words) in the sentence and its section headings.
 * The words that decided it are kept, so a reader can see why.
 */
final class CategoryRules {
    static final String GENERAL = "general";

    /** The category and the words that decided it. */
    record Verdict(String category, List<String> cues) {
    }

    private record Rule(String category, Pattern cues) {
    }

    private final List<Rule> rules;

    private CategoryRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static CategoryRules standard() {
        return Standard.INSTANCE;
    }

    /** Read once, on first use; the JVM makes that thread-safe. */
    private static final class Standard {
        static final CategoryRules INSTANCE = read();
    }

    Verdict categorise(String sentence, List<String> sectionPath) {
        String text = sentence.toLowerCase(Locale.ROOT);
        String headings = String.join(" / ", sectionPath).toLowerCase(Locale.ROOT);
        Verdict best = new Verdict(GENERAL, List.of());
        for (Rule rule : rules) {
            Set<String> found = new LinkedHashSet<>();
            cues(rule.cues(), text, "", found);
            cues(rule.cues(), headings, "section: ", found);
            if (found.size() > best.cues().size()) {
                best = new Verdict(rule.category(), new ArrayList<>(found));
            }
        }
        return best;
    }

    /**
     * Adds the cues found in {@code text}, as find() would, but tried only where a word starts: a cue
     * starts a word, and trying every rule at every letter of a long word cost a microsecond a letter.
     */
    private static void cues(Pattern cues, String text, String prefix, Set<String> found) {
        Matcher m = cues.matcher(text).useTransparentBounds(true); // the look-behind sees before the region
        for (int at = 0; at < text.length(); at++) {
            if (at > 0 && isWordChar(text.codePointBefore(at)) || !isWordChar(text.codePointAt(at))) {
                continue;
            }
            if (m.region(at, text.length()).lookingAt()) {
                found.add(prefix + m.group());
                at = m.end() - 1;
            }
        }
    }

    /** A letter or hyphen: what the cue pattern's look-behind refuses before a cue. */
    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || codePoint == '-';
    }

    private static CategoryRules read() {
        List<Rule> rules = new ArrayList<>();
        for (String[] f : BundledTable.rows("/data/categories.tsv", true)) {
            rules.add(new Rule(f[0].strip(), cuePattern(f[1])));
        }
        return new CategoryRules(rules);
    }

    private static Pattern cuePattern(String cues) {
        List<String> parts = new ArrayList<>();
        StringBuilder firstChars = new StringBuilder();
        for (String cue : cues.split(",")) {
            String c = cue.strip().toLowerCase(Locale.ROOT);
            if (!c.isEmpty()) {
                parts.add(c.endsWith("*") ? Pattern.quote(c.substring(0, c.length() - 1)) + "[\\p{L}-]*+" : Pattern.quote(c));
                firstChars.append(c.charAt(0) == '\\' || c.charAt(0) == ']' || c.charAt(0) == '[' || c.charAt(0) == '^'
                        || c.charAt(0) == '-' || c.charAt(0) == '&' ? "\\" : "").append(c.charAt(0));
            }
        }
        // The look-ahead for the cues' first letters fails at once where no cue can start: without it every
        // cue was tried at every space of a long run.
        return Pattern.compile("(?=[" + firstChars + "])(?<![\\p{L}-])(?:" + String.join("|", parts) + ")(?![\\p{L}])");
    }
}
