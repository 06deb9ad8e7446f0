package dev.annals.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * What every page carries once the number of pages is known: "3 / 7" at the foot, and from the second
 * page on a running header with the title and the period. Each page gets a small stream of its own
 * appended, so the body streams are never reopened.
 */
final class PageDecorations {
    private static final float HEADER_ABOVE_BODY = 22;
    private static final float RULE_ABOVE_BODY = 14;
    private static final float FOOTER_BASELINE = 30;
    private static final float GAP = 16;

    private PageDecorations() {
    }

    static void apply(PDDocument doc, PdfFonts fonts, Styles s, String title, String period) throws IOException {
        TextStyle style = s.running;
        int total = doc.getNumberOfPages();
        float pageWidth = doc.getPage(0).getMediaBox().getWidth();
        float left = PageFlow.MARGIN_SIDE;
        float right = pageWidth - PageFlow.MARGIN_SIDE;
        String when = fonts.safe(period, style.font());
        float whenWidth = fonts.width(when, style.font(), style.size());
        String what = fit(fonts, fonts.safe(title, style.font()), style, right - left - whenWidth - GAP);
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            float bodyTop = page.getMediaBox().getHeight() - PageFlow.MARGIN_TOP;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                if (number > 1) {
                    float baseline = bodyTop + HEADER_ABOVE_BODY;
                    Ink.text(cs, style.font(), style.size(), style.colour(), left, baseline, what);
                    Ink.text(cs, style.font(), style.size(), style.colour(), right - whenWidth, baseline, when);
                    Ink.line(cs, Palette.BORDER, 0.5f, left, bodyTop + RULE_ABOVE_BODY, right, bodyTop + RULE_ABOVE_BODY);
                }
                String folio = number + " / " + total;
                float w = fonts.width(folio, style.font(), style.size());
                Ink.text(cs, style.font(), style.size(), style.colour(), (pageWidth - w) / 2, FOOTER_BASELINE, folio);
            }
        }
    }

    /** {@code text}, shortened with an ellipsis to {@code room} points. */
    private static String fit(PdfFonts fonts, String text, TextStyle style, float room) {
        if (fonts.width(text, style.font(), style.size()) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 0 && fonts.width(text.substring(0, end) + "…", style.font(), style.size()) > room) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
