package dev.annals.export;

import dev.annals.model.SourceFile;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The block that opens the first page: the article's title, the period in words, how many events it
 * holds, the source file and its SHA-256 (so a reader can check the citation), and when it was made.
 */
final class HeaderBlock {
    /** In UTC, so the stamp reads the same wherever the PDF is opened. */
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH);

    private HeaderBlock() {
    }

    static void draw(PageFlow flow, PdfFonts fonts, Styles s, ExportRequest r, ZonedDateTime generated) throws IOException {
        SourceFile source = r.timeline().source();
        TextBlock b = new TextBlock(fonts, flow.width())
                .paragraph(r.timeline().title(), s.title, 0)
                .paragraph(r.periodInWords(), s.period, 2)
                .paragraph(count(r), s.info, 6)
                .paragraph("Source: " + (source == null ? "not recorded" : source.file()), s.fine, 4);
        if (source != null && source.sha256() != null) {
            b.paragraph("SHA-256: " + source.sha256(), s.fine, 0);
        }
        b.paragraph("Generated " + GENERATED.format(generated.withZoneSameInstant(ZoneOffset.UTC)) + " by Annals", s.fine, 0);
        b.draw(flow, 0);
        flow.down(8);
        Ink.line(flow.content(), Palette.BORDER, 0.8f, flow.left(), flow.y(), flow.left() + flow.width(), flow.y());
        flow.down(12);
    }

    /** "26 of 43 events, in the period 2004–2012", or "All 43 events of the timeline". */
    static String count(ExportRequest r) {
        int n = r.events().size();
        int all = r.timeline().events().size();
        if (n == all) {
            return all == 1 ? "The timeline's only event" : "All " + number(all) + " events of the timeline";
        }
        return number(n) + " of " + number(all) + (all == 1 ? " event" : " events") + ", in the period "
                + r.boundsInWords();
    }

    /** 10000 as "10,000". */
    private static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
