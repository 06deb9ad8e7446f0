package dev.annals.exchange;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A timeline in the column layout of TimelineJS's Google Sheets template, to paste or import into a copy of
 * the template: a "title" row, an "era" row per period and a row per event (the start and end as Year,
 * Month and Day as precise as the date is known, the date as the article states it as Display Date, the
 * category as Group). The spreadsheet has no column for an event's id, section, source or names.
 */
public final class TimelineJsCsv {
    /** The template's header row (TimelineJS3's women_in_computing.csv and its spreadsheet reader). */
    public static final List<String> COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month",
            "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background");
    private static final int YEAR = 0;
    private static final int TIME = 3;
    private static final int END_YEAR = 4;
    private static final int END_TIME = 7;
    private static final int DISPLAY_DATE = 8;
    private static final int HEADLINE = 9;
    private static final int TEXT = 10;
    private static final int MEDIA = 11;
    private static final int MEDIA_THUMBNAIL = 14;
    private static final int TYPE = 15;
    private static final int GROUP = 16;
    private static final int BACKGROUND = 17;

    private TimelineJsCsv() {
    }

    public static void write(Timeline timeline, OutputStream out, boolean byteOrderMark) throws IOException {
        CsvOutput csv = new CsvOutput(out, byteOrderMark, COLUMNS);
        csv.row(row(null, null, "", HtmlText.escape(timeline.title()), "", "title", ""));
        for (Period p : timeline.periods()) {
            csv.row(row(p.start(), p.end(), p.label(), HtmlText.escape(p.label()), "", "era", ""));
        }
        for (Event e : timeline.events()) {
            csv.row(row(e.start(), e.end(), TimelineJsSlides.displayDate(e), HtmlText.escape(e.headline()),
                    HtmlText.withItems(e.text(), e.items()), "", e.category()));
        }
        csv.finish();
    }

    private static List<String> row(PartialDate start, PartialDate end, String displayDate, String headline,
            String text, String type, String group) {
        List<String> cells = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
        put(cells, YEAR, DateParts.cells(start));
        put(cells, END_YEAR, DateParts.cells(end));
        cells.set(DISPLAY_DATE, displayDate);
        cells.set(HEADLINE, headline);
        cells.set(TEXT, text);
        cells.set(TYPE, type);
        cells.set(GROUP, group);
        return cells;
    }

    private static void put(List<String> cells, int at, DateParts.Cells date) {
        cells.set(at, date.year());
        cells.set(at + 1, date.month());
        cells.set(at + 2, date.day());
    }

    /** True when the first row names the template's columns, as TimelineJS reads them: at least Year and Headline. */
    static boolean isHeader(CsvTable table) {
        return table.column("Year") >= 0 && table.column("Headline") >= 0;
    }

    /** Reads the rows of {@code table}; returns the title row's headline, or null when there is none. */
    static String read(CsvTable table, TimelineAssembly into) throws ExchangeException, CharacterCodingException {
        int[] at = COLUMNS.stream().mapToInt(table::column).toArray();
        String title = null;
        for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
            String type = row.cell(at[TYPE]).strip().toLowerCase(Locale.ROOT);
            String display = row.cell(at[DISPLAY_DATE]);
            try {
                if (type.equals("title") && title == null) {
                    title = HtmlText.read(row.cell(at[HEADLINE])).text();
                } else if (type.equals("era")) {
                    into.add(TimelineJsSlides.era(row.line(), date(row, at, YEAR, display),
                            date(row, at, END_YEAR, display), row.cell(at[HEADLINE])));
                } else {
                    into.add(event(row, at, display, into));
                }
            } catch (IllegalArgumentException e) {
                into.problem(row.line(), "skipped", "row left out: " + e.getMessage());
            }
        }
        return title;
    }

    private static Event event(CsvTable.Row row, int[] at, String display, TimelineAssembly into) {
        PartialDate start = date(row, at, YEAR, display);
        boolean hasEnd = !String.join("", cells(row, at, END_YEAR, END_YEAR + 2)).isBlank();
        PartialDate end = hasEnd ? date(row, at, END_YEAR, display) : null;
        if (!String.join("", row.cell(at[TIME]), row.cell(at[END_TIME])).isBlank()) {
            into.notKept("a time of day (the date is kept to the day)");
        }
        if (!String.join("", cells(row, at, MEDIA, MEDIA_THUMBNAIL)).isBlank()) {
            into.notKept("media (an image, video or link and its credit and caption)");
        }
        if (!row.cell(at[BACKGROUND]).isBlank()) {
            into.notKept("a background colour or image");
        }
        return TimelineJsSlides.event(into, row.line(), null, start, end, display, row.cell(at[HEADLINE]),
                row.cell(at[TEXT]), row.cell(at[GROUP]));
    }

    private static PartialDate date(CsvTable.Row row, int[] at, int year, String display) {
        if (year == END_YEAR && row.cell(at[END_YEAR]).isBlank()) {
            throw new IllegalArgumentException("an end date needs an End Year");
        }
        try {
            return DateParts.read(row.cell(at[year]), row.cell(at[year + 1]), row.cell(at[year + 2]), display);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((year == YEAR ? "start" : "end") + " date: " + e.getMessage(), e);
        }
    }

    private static List<String> cells(CsvTable.Row row, int[] at, int from, int to) {
        List<String> cells = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            cells.add(row.cell(at[i]));
        }
        return cells;
    }
}
