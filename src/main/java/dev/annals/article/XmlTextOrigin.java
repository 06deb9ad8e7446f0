package dev.annals.article;

import dev.annals.model.SourcePosition;

/**
 * Positions of a page's wikitext inside the export file it came from. The XML holds the wikitext
 * escaped ("&lt;" for "<"), starting at a known line and column; a column in the file is found by
 * escaping again what stands before it on its line.
 */
final class XmlTextOrigin implements Origin {
    private final String text;
    private final LineTable lines;
    private final int[] lineStarts;
    private final int firstLine;
    private final int firstColumn;

    XmlTextOrigin(String text, int firstLine, int firstColumn) {
        this.text = text;
        this.firstLine = firstLine;
        this.firstColumn = firstColumn;
        java.util.List<String> split = java.util.Arrays.asList(text.split("\n", -1));
        this.lines = new LineTable(split);
        this.lineStarts = new int[split.size()];
        int offset = 0;
        for (int i = 0; i < split.size(); i++) {
            lineStarts[i] = offset;
            offset += split.get(i).length() + 1;
        }
    }

    @Override
    public SourcePosition span(int start, int end) {
        int line = lines.lineIndex(start);
        int column = (line == 0 ? firstColumn : 1) + escapedLength(lineStarts[line], start);
        return new SourcePosition(firstLine + line, column, escapedLength(start, Math.max(start, end)));
    }

    private int escapedLength(int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            n += switch (text.charAt(i)) {
                case '<', '>' -> 4;
                case '&' -> 5;
                case '"' -> 6;
                default -> 1;
            };
        }
        return n;
    }
}
