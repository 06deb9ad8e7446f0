package dev.annals.export;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The few drawing operations the export needs, in PDF points with y upwards, over PDFBox's operators. */
final class Ink {
    /** How far a cubic Bézier's control points stand from a quarter circle's ends, per unit of radius. */
    private static final float KAPPA = 0.5523f;

    private Ink() {
    }

    /** Shows {@code safeText} (see {@link PdfFonts#safe}) with its baseline starting at (x, y). */
    static void text(PDPageContentStream cs, PDFont font, float size, Color colour, float x, float y, String safeText)
            throws IOException {
        if (safeText.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(colour);
        cs.newLineAtOffset(x, y);
        cs.showText(safeText);
        cs.endText();
    }

    static void fillRect(PDPageContentStream cs, Color colour, float x, float y, float w, float h) throws IOException {
        cs.setNonStrokingColor(colour);
        cs.addRect(x, y, w, h);
        cs.fill();
    }

    static void line(PDPageContentStream cs, Color colour, float width, float x1, float y1, float x2, float y2)
            throws IOException {
        cs.setStrokingColor(colour);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** Adds a circle to the current path; fill or stroke it after. */
    static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = KAPPA * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    /** Adds a rectangle with fully rounded ends (a pill) to the current path; fill it after. */
    static void pill(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        float r = Math.min(h, w) / 2;
        float k = KAPPA * r;
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.curveTo(x + w, y + r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + r + k, x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
    }
}
