package dev.annals.article;

import dev.annals.loader.SourceMap;
import dev.annals.loader.TextLine;
import dev.annals.model.SourcePosition;
import java.util.Arrays;

/**
 * Text written from markup, with where each of its characters came from in the source. Text copied as
 * it stands maps one for one; a replacement (a decoded entity, a date rendered from a template) maps as
 * a whole to the source it replaces.
 */
final class MappedText {
    private final StringBuilder text = new StringBuilder();
    // One segment per append: text from textStart on came from source srcStart..srcEnd.
    private int[] textStart = new int[16];
    private int[] srcStart = new int[16];
    private int[] srcEnd = new int[16];
    private int segments;

    /** Appends source characters {@code from}..{@code to} of {@code source} as they are. */
    void copy(CharSequence source, int from, int to) {
        if (to > from) {
            segment(from, to);
            text.append(source, from, to);
        }
    }

    /** Appends {@code replacement}, which stands for the source characters {@code from}..{@code to}. */
    void replace(String replacement, int from, int to) {
        if (!replacement.isEmpty()) {
            segment(from, to);
            text.append(replacement);
        }
    }

    /** Appends what another mapped text holds, with its origins. */
    void append(MappedText other) {
        for (int i = 0; i < other.segments; i++) {
            int end = i + 1 < other.segments ? other.textStart[i + 1] : other.text.length();
            segment(other.srcStart[i], other.srcEnd[i]);
            text.append(other.text, other.textStart[i], end);
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The last character, or 0 when empty. */
    char last() {
        return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    /** Where the character at {@code i} begins in the source. */
    int sourceStart(int i) {
        int s = segmentOf(i);
        return isLinear(s) ? srcStart[s] + i - textStart[s] : srcStart[s];
    }

    /** Where the character at {@code i} ends in the source. */
    int sourceEnd(int i) {
        int s = segmentOf(i);
        return isLinear(s) ? srcStart[s] + i - textStart[s] + 1 : srcEnd[s];
    }

    /**
     * The characters {@code from}..{@code to} as a line of the document, white space at both ends
     * dropped and line ends inside made spaces; null when nothing is left.
     */
    TextLine line(int from, int to, Origin origin) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return null;
        }
        int base = from;
        String s = text.substring(from, to).replace('\n', ' ');
        SourceMap map = (a, b) -> b <= a
                ? origin.span(sourceStart(base + a), sourceStart(base + a))
                : origin.span(sourceStart(base + a), sourceEnd(base + b - 1));
        SourcePosition start = map.span(0, 1);
        return new TextLine(start.line(), start.column(), s, map);
    }

    private boolean isLinear(int s) {
        int end = s + 1 < segments ? textStart[s + 1] : text.length();
        return end - textStart[s] == srcEnd[s] - srcStart[s];
    }

    private int segmentOf(int i) {
        int s = Arrays.binarySearch(textStart, 0, segments, i);
        if (s < 0) {
            s = -s - 2;
        }
        // Empty segments share a start with the next one; the last of equal starts holds the character.
        while (s + 1 < segments && textStart[s + 1] == i) {
            s++;
        }
        return Math.max(0, s);
    }

    private void segment(int from, int to) {
        if (segments > 0 && textStart[segments - 1] == text.length()) {
            segments--; // the previous segment got no text: replace it
        }
        if (segments == textStart.length) {
            int n = segments * 2;
            textStart = Arrays.copyOf(textStart, n);
            srcStart = Arrays.copyOf(srcStart, n);
            srcEnd = Arrays.copyOf(srcEnd, n);
        }
        textStart[segments] = text.length();
        srcStart[segments] = from;
        srcEnd[segments] = to;
        segments++;
    }
}
