package dev.annals.loader;

import java.nio.charset.StandardCharsets;

/**
 * Articles made of one pathological shape, for the property test that holds the loader to linear time
 * and for {@code bench/hostile.sh}: long runs of spaces, capitals, apostrophes, hyphens, '=', stops,
 * brackets and dates inside one line, and short lines repeated (one sentence, bullets, ever deeper
 * headings). Lines stay under the loader's 100,000-character limit, so every one of them is read.
 */
public enum HostileShapes {
    SPACES_IN_HEADING("== a", " ", "b =="),
    SPACES_IN_SENTENCE("In 2004 Belarus", " ", "joined NATO."),
    CAPITALISED_WORD("In 2004 A", "a", " met NATO."),
    CAPITALS("In 2004 ", "A", " met NATO."),
    APOSTROPHES("In 2004 ", "A'", " met NATO."),
    HYPHENS("In 2004 ", "A-", " met NATO."),
    CAPITALISED_WORDS("In 2004 ", "Aa ", "met NATO."),
    EQUALS("", "=", ""),
    EQUALS_AND_LETTERS("", "=a", ""),
    STOPS("In 2004 a", ".", " B."),
    BRACKETS("In 2004 Belarus ", "(", " joined."),
    COMMAS("In 2004 Belarus", ", a", "."),
    DATES_IN_ONE_SENTENCE("", "In 2004 and 2005; ", "."),
    REPEATED_SENTENCE("In 2004 Belarus joined NATO.\n"),
    BULLETS("- a\n"),
    NESTED_HEADINGS(null);

    /** The longest line the loader reads (its default limit is 100,000 characters). */
    public static final int LONGEST_LINE = 99_000;

    private final String before;
    private final String unit;
    private final String after;
    private final boolean oneLine;

    HostileShapes(String before, String unit, String after) {
        this.before = before;
        this.unit = unit;
        this.after = after;
        this.oneLine = true;
    }

    /** A shape of short lines: {@code line} repeated (or, with null, headings one level deeper each). */
    HostileShapes(String line) {
        this.before = "";
        this.unit = line;
        this.after = "";
        this.oneLine = false;
    }

    /** True when the shape is one long line, false when it is many short ones. */
    public boolean isOneLine() {
        return oneLine;
    }

    /** An article of at most {@code chars} characters (title included) of this shape, filled as far as it goes. */
    public String article(int chars) {
        StringBuilder text = new StringBuilder(chars + 200).append("= Hostile ").append(name()).append(" =\n");
        if (this == NESTED_HEADINGS) {
            for (int level = 2; ; level++) {
                String marks = "=".repeat(level);
                String block = marks + " " + (1000 + level % 1000) + " " + marks + "\nBelarus joined.\n";
                if (text.length() + block.length() > chars) {
                    break;
                }
                text.append(block);
            }
        } else if (!oneLine) {
            while (text.length() + unit.length() <= chars) {
                text.append(unit);
            }
        } else {
            while (chars - text.length() - 1 >= before.length() + unit.length() + after.length()) {
                text.append(line(Math.min(LONGEST_LINE, chars - text.length() - 1))).append('\n');
            }
        }
        return text.toString();
    }

    /** The article as UTF-8 bytes. */
    public byte[] bytes(int chars) {
        return article(chars).getBytes(StandardCharsets.UTF_8);
    }

    /** One line of at most {@code length} characters: the run between its opening and closing words. */
    private String line(int length) {
        int runs = Math.max(1, (length - before.length() - after.length()) / unit.length());
        return before + unit.repeat(runs) + after;
    }
}
