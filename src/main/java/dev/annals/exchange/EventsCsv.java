package dev.annals.exchange;

import dev.annals.model.DateBasis;
import dev.annals.model.DateMention;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.SourcePosition;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The events of a timeline as a plain CSV, one row per event and one column per field, for spreadsheets.
 * Dates are ISO-like ({@code 2004}, {@code 2004-07}, {@code 2004-07-19}) with their precision and
 * qualifier in columns of their own, so "the 1990s" (1990, decade) and "late 2006" (2006, year, late)
 * come back as they were. A cell holding a list (bullet items, section headings, names, cues) has one
 * entry per line; another date a sentence mentions is written as its key and its words ("2008 since
 * 2008"). Only events are written: the title, periods, locator and problems stay in the timeline's JSON.
 */
public final class EventsCsv {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "start", "start_precision", "start_qualifier", "end",
            "end_precision", "end_qualifier", "date_basis", "date_text", "headline", "text", "items", "section",
            "source_line", "source_column", "source_length", "countries", "organisations", "people", "category",
            "category_cues", "other_dates");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Map<String, Integer> INDEX = IntStream.range(0, COLUMNS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(COLUMNS::get, i -> i));

    private EventsCsv() {
    }

    public static void write(Timeline timeline, OutputStream out, boolean byteOrderMark) throws IOException {
        CsvOutput csv = new CsvOutput(out, byteOrderMark, COLUMNS);
        for (Event e : timeline.events()) {
            csv.row(row(e));
        }
        csv.finish();
    }

    private static List<String> row(Event e) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(e.id());
        addDate(cells, e.start());
        addDate(cells, e.end());
        cells.add(e.dateBasis().name().toLowerCase(Locale.ROOT));
        cells.add(orEmpty(e.dateText()));
        cells.add(e.headline());
        cells.add(e.text());
        cells.add(lines(e.items()));
        cells.add(lines(e.section()));
        cells.add(Integer.toString(e.source().line()));
        cells.add(Integer.toString(e.source().column()));
        cells.add(Integer.toString(e.source().length()));
        cells.add(lines(e.entities().countries()));
        cells.add(lines(e.entities().organisations()));
        cells.add(lines(e.entities().people()));
        cells.add(e.category());
        cells.add(lines(e.categoryCues()));
        cells.add(lines(e.otherDates().stream().map(EventsCsv::mention).toList()));
        return cells;
    }

    private static void addDate(List<String> cells, PartialDate d) {
        cells.add(d == null ? "" : DateKeys.isoLike(d));
        cells.add(d == null ? "" : d.precision().name().toLowerCase(Locale.ROOT));
        cells.add(d == null || d.qualifier() == null ? "" : d.qualifier().word());
    }

    private static String mention(DateMention m) {
        return m.start().isoKey() + (m.end() == null ? "" : "/" + m.end().isoKey()) + " " + m.text();
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** True when the first row names this layout's columns: a start date and a headline. */
    static boolean isHeader(CsvTable table) {
        return table.column("start") >= 0 && table.column("headline") >= 0;
    }

    /** Reads every row of {@code table} as an event; a row that is not one goes to the problems. */
    static void read(CsvTable table, TimelineAssembly into) throws ExchangeException, CharacterCodingException {
        int[] at = COLUMNS.stream().mapToInt(table::column).toArray();
        List<String> unknown = table.header().stream()
                .filter(h -> !h.isEmpty() && COLUMNS.stream().noneMatch(c -> CsvTable.normal(c).equals(CsvTable.normal(h))))
                .toList();
        if (!unknown.isEmpty()) {
            into.problem(1, "columns", "column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are") + " not one Annals reads; left out");
        }
        int width = table.header().size();
        for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
            if (row.cells().size() != width) {
                into.problem(row.line(), "columns", "line " + row.line() + " has " + row.cells().size()
                        + " cells where the first row names " + width + " columns; read as far as they go");
            }
            try {
                into.add(event(row, at, into));
            } catch (IllegalArgumentException e) {
                into.problem(row.line(), "skipped", "row left out: " + e.getMessage());
            }
        }
    }

    private static Event event(CsvTable.Row row, int[] at, TimelineAssembly into) {
        Cells c = new Cells(row, at);
        if (c.get("start").isBlank()) {
            throw new IllegalArgumentException("no start date");
        }
        PartialDate start = DateKeys.withColumns(DateKeys.parse(c.get("start")), c.get("start_precision"), c.get("start_qualifier"));
        PartialDate end = c.get("end").isBlank() ? null
                : DateKeys.withColumns(DateKeys.parse(c.get("end")), c.get("end_precision"), c.get("end_qualifier"));
        String headline = c.get("headline").strip();
        String text = c.get("text");
        if (headline.isEmpty() && text.isBlank()) {
            throw new IllegalArgumentException("no headline and no text");
        }
        DateBasis basis = c.get("date_basis").isBlank() ? DateBasis.STATED : basis(c.get("date_basis"));
        SourcePosition source = new SourcePosition(number(c.get("source_line"), row.line()),
                number(c.get("source_column"), 1), number(c.get("source_length"), 0));
        String category = c.get("category").strip();
        return new Event(into.id(c.get("id"), start, headline, row.line()), start, end, basis,
                c.get("date_text").isEmpty() ? null : c.get("date_text"), headline.isEmpty() ? text.strip() : headline,
                text.isEmpty() ? headline : text, list(c.get("items")), list(c.get("section")), source,
                new Entities(list(c.get("countries")), list(c.get("organisations")), list(c.get("people"))),
                category.isEmpty() ? "general" : category, list(c.get("category_cues")),
                list(c.get("other_dates")).stream().map(EventsCsv::mention).toList());
    }

    private static DateMention mention(String line) {
        int space = line.indexOf(' ');
        String key = space < 0 ? line : line.substring(0, space);
        int slash = key.indexOf('/');
        PartialDate start = DateKeys.parse(slash < 0 ? key : key.substring(0, slash));
        PartialDate end = slash < 0 ? null : DateKeys.parse(key.substring(slash + 1));
        return new DateMention(space < 0 ? "" : line.substring(space + 1), start, end);
    }

    private static DateBasis basis(String word) {
        try {
            return DateBasis.valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + word + "' is not a date basis (stated, section or context)", e);
        }
    }

    private static int number(String cell, int otherwise) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number", e);
        }
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(LINE_BREAK.split(cell)).filter(s -> !s.isBlank()).toList();
    }

    /** The cells of one row by column name; "" for a column the file does not have. */
    private record Cells(CsvTable.Row row, int[] at) {
        String get(String column) {
            return row.cell(at[INDEX.get(column)]);
        }
    }
}
