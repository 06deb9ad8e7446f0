package dev.annals.loader;

import dev.annals.model.PartialDate;

/**
 * A date expression found in a piece of text: where it stands ({@code begin} to {@code end}, exclusive),
 * the date or range it means, and any relating word before it ("since", "until").
 */
record DateSpan(int begin, int end, PartialDate start, PartialDate last, String text, String relation) {

    /** The expression as a reader would quote it, with its relating word: "since 1997". */
    String quoted() {
        return relation == null ? text : relation + " " + text;
    }

    boolean isRange() {
        return last != null;
    }
}
