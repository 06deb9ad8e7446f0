package dev.annals.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as CSV that spreadsheets open as written: UTF-8 (with a byte-order mark when asked, which
 * Excel needs to see UTF-8), RFC 4180 quoting by Commons CSV (a cell holding a comma, quotation mark or
 * line break is quoted, so line breaks stay inside their cell), CRLF between rows, and no cell that a
 * spreadsheet would run as a formula.
 */
final class CsvOutput {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final BufferedWriter writer;
    private final CSVPrinter printer;

    CsvOutput(OutputStream out, boolean byteOrderMark, List<String> header) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
    }

    void row(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(SpreadsheetCells.guard(cell));
        }
        printer.println();
    }

    /** Flushes what is written to the stream, which stays open for its owner to close. */
    void finish() throws IOException {
        printer.flush();
        writer.flush();
    }
}
