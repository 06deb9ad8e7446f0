package dev.annals.exchange;

/**
 * Keeps a spreadsheet from running a cell as a formula. A cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (OWASP's list for CSV injection) is written with a
 * leading apostrophe, which LibreOffice, Excel and Google Sheets show as text. So that reading gives back
 * exactly what was written, a cell that already starts with apostrophes before such a character gets one
 * more, and reading takes one away.
 */
final class SpreadsheetCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The cell as it is written to the file. */
    static String guard(String cell) {
        return startsLikeFormula(cell, 0) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #guard}. */
    static String unguard(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == '\'' && startsLikeFormula(cell, 1) ? cell.substring(1) : cell;
    }

    /** True when, after any apostrophes from {@code from} on, the cell goes on with a formula's first character. */
    private static boolean startsLikeFormula(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
    }
}
