package dev.annals.article;

import dev.annals.model.SourcePosition;
import java.util.Arrays;
import java.util.List;

/**
 * Line and column of an offset in a text made of the file's lines joined with one '\n' each, which is
 * how the loader numbers lines and how "Show in Source" shows them.
 */
final class LineTable implements Origin {
    private final int[] lineStarts;

    LineTable(List<String> lines) {
        lineStarts = new int[Math.max(1, lines.size())];
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i] = offset;
            offset += lines.get(i).length() + 1;
        }
    }

    /** 0-based line of an offset. */
    int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    @Override
    public SourcePosition span(int start, int end) {
        int line = lineIndex(start);
        return new SourcePosition(line + 1, start - lineStarts[line] + 1, Math.max(0, end - start));
    }
}
