package dev.annals.loader;

import dev.annals.model.PartialDate;

/**
 * A date expression found in a piece of text: where it stands ({@code begin} to {@code end}, exclusive),
 * the date or range it means, and any relating word before it ("since", "until").
 */
record DateSpan(int begin, int end, PartialDate start, PartialDate last, String text, String relation) {

    /** The expression as a reader would quote it, with its relating word: "since 1997", "since the 1990s". */
    String quoted() {
        if (relation == null) {
            return text;
        }
        boolean takesThe = text.matches("\\d+s") || text.toLowerCase(java.util.Locale.ROOT).endsWith("century");
        return relation + (takesThe ? " the " : " ") + text;
    }

    boolean isRange() {
        return last != null;
    }
}
