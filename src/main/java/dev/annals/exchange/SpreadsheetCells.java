package dev.annals.exchange;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a cell as a formula. A cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (OWASP's list for CSV injection) is written with a
 * leading apostrophe, which LibreOffice, Excel and Google Sheets show as text. So that reading gives back
 * exactly what was written, a cell that already starts with apostrophes before such a character gets one
 * more, and reading takes one away.
 */
final class SpreadsheetCells {
    private static final Pattern NEEDS_GUARD = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

    private SpreadsheetCells() {
    }

    /** The cell as it is written to the file. */
    static String guard(String cell) {
        return NEEDS_GUARD.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #guard}. */
    static String unguard(String cell) {
        return GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
