package dev.annals.export;

import dev.annals.layout.TextMeasure;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a width: at spaces, and inside a word only when the word alone
 * is wider than a line (a long URL or chemical name), so nothing is ever cut off at the margin.
 */
final class LineBreaker {
    private LineBreaker() {
    }

    static List<String> lines(String text, float width, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        double space = measure.width(" ");
        for (String word : text.trim().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            double w = measure.width(word);
            if (line.length() > 0 && lineWidth + space + w <= width) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (w > width) {
                int cut = fittingPrefix(word, width, measure);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                w = measure.width(word);
            }
            line.append(word);
            lineWidth = w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The length of the longest start of {@code word} that fits, at least one character (never splitting a surrogate pair). */
    private static int fittingPrefix(String word, float width, TextMeasure measure) {
        int lo = 1;
        int hi = word.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (measure.width(word.substring(0, mid)) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Character.isHighSurrogate(word.charAt(lo - 1)) ? lo + 1 : lo;
    }
}
