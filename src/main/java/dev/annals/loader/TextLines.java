package dev.annals.loader;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unchangeable list of text lines copied one for one from the file, kept as arrays of their line,
 * column and text; each {@link TextLine} is made when asked for. A list of millions of short bullets
 * then takes 12 bytes an item instead of the 44 of a line object and its place in a list.
 */
final class TextLines extends AbstractList<TextLine> implements RandomAccess {
    private final int[] lines;
    private final int[] columns;
    private final String[] texts;
    private final int size;

    private TextLines(int[] lines, int[] columns, String[] texts, int size) {
        this.lines = lines;
        this.columns = columns;
        this.texts = texts;
        this.size = size;
    }

    @Override
    public TextLine get(int index) {
        Objects.checkIndex(index, size);
        return new TextLine(lines[index], columns[index], texts[index]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Gathers lines until {@link #build()}, which hands them over and starts afresh. */
    static final class Builder {
        private int[] lines = new int[8];
        private int[] columns = new int[8];
        private String[] texts = new String[8];
        private int size;

        void add(int line, int column, String text) {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
                columns = Arrays.copyOf(columns, size * 2);
                texts = Arrays.copyOf(texts, size * 2);
            }
            lines[size] = line;
            columns[size] = column;
            texts[size] = text;
            size++;
        }

        boolean isEmpty() {
            return size == 0;
        }

        TextLines build() {
            TextLines built = new TextLines(Arrays.copyOf(lines, size), Arrays.copyOf(columns, size),
                    Arrays.copyOf(texts, size), size);
            lines = new int[8];
            columns = new int[8];
            texts = new String[8];
            size = 0;
            return built;
        }
    }
}
