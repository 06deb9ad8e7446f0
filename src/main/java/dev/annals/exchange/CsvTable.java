package dev.annals.exchange;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read row by row, so a file of any length takes memory for one row at a time. A byte-order mark
 * is skipped; the delimiter is the comma, or the semicolon or tab that the first line uses instead (as
 * spreadsheets save CSV in some languages); rows with nothing in them are passed over; each cell comes
 * back as it was before {@link SpreadsheetCells#guard}. Bytes that are not in the charset end the reading
 * with a {@link CharacterCodingException}, so the caller can read again with another.
 */
final class CsvTable implements Closeable {
    /** Longest first line looked at to find the delimiter. */
    private static final int SNIFF_CHARS = 1 << 16;

    /** One row: the line it starts on and its cells. */
    record Row(int line, List<String> cells) {
        /** The cell at {@code index}, or "" when the row is shorter. */
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CsvTable(String file, CSVParser parser) throws ExchangeException, CharacterCodingException {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        Row first = next();
        if (first == null) {
            throw new ExchangeException(file + ": the file is empty: a CSV timeline needs a first row naming its columns");
        }
        header = first.cells().stream().map(String::strip).toList();
    }

    static CsvTable open(Path path, Charset charset) throws IOException, ExchangeException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            in.mark(SNIFF_CHARS + 1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            char delimiter = delimiter(in);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            return new CsvTable(path.toString(), CSVParser.parse(in, format));
        } catch (IOException | ExchangeException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The comma, unless the first line holds none and more semicolons or tabs. */
    private static char delimiter(BufferedReader in) throws IOException {
        in.mark(SNIFF_CHARS);
        char[] head = new char[SNIFF_CHARS];
        int n = in.read(head, 0, head.length);
        in.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0; i < n && head[i] != '\n' && head[i] != '\r'; i++) {
            switch (head[i]) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        if (commas > 0 || semicolons == 0 && tabs == 0) {
            return ',';
        }
        return semicolons >= tabs ? ';' : '\t';
    }

    /** The column names of the first row, stripped of spaces around them. */
    List<String> header() {
        return header;
    }

    /** The index of the first column whose name, ignoring case and spaces, is one of {@code names}; -1 if none. */
    int column(String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = normal(header.get(i));
            for (String name : names) {
                if (h.equals(normal(name))) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "");
    }

    /** The next row with anything in it, or null at the end of the file. */
    Row next() throws ExchangeException, CharacterCodingException {
        while (true) {
            long before = parser.getCurrentLineNumber();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException c) {
                    throw c;
                }
                throw new ExchangeException(file + ":" + (before + 1) + ": " + describe(e.getCause()));
            }
            List<String> cells = new ArrayList<>(record.size());
            boolean blank = true;
            for (String value : record) {
                cells.add(SpreadsheetCells.unguard(value));
                blank &= value.isBlank();
            }
            if (!blank) {
                return new Row((int) Math.min(Integer.MAX_VALUE, before + 1), cells);
            }
        }
    }

    private static String describe(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a cell opens a quotation mark that is never closed, so the rest of the file would be one cell";
        }
        if (m.contains("invalid char between encapsulated token and delimiter")) {
            return "a quoted cell goes on after its closing quotation mark (write \"\" for a quotation mark inside a cell)";
        }
        return "not a CSV file Annals can read (" + m + ")";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
