package dev.annals.export;

import dev.annals.layout.TextMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces of DejaVu Sans that an export embeds (as subsets) in one document, with text made safe
 * to show in them and measured by them. The standard 14 PDF fonts are never used: they cannot show
 * Cyrillic or Polish, and asking PDFBox for them makes it scan the system's fonts.
 */
public final class PdfFonts {
    /** Characters below this are measured once per document and then looked up. */
    private static final int CACHED_CHARS = 0x3000;

    private final Face regular;
    private final Face bold;

    private PdfFonts(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both faces into {@code doc}; only the glyphs the document shows are embedded when it is saved. */
    public static PdfFonts load(PDDocument doc) throws IOException {
        return new PdfFonts(Face.load(doc, FontFiles.REGULAR), Face.load(doc, FontFiles.BOLD));
    }

    public PDFont regular() {
        return regular.font;
    }

    public PDFont bold() {
        return bold.font;
    }

    /**
     * {@code text} as {@code font} can show it on one line: tabs, line breaks and other control characters
     * become spaces, invisible format characters (soft hyphen, zero-width space) go, and a character the
     * font has no glyph for becomes "?". PDFBox's {@code showText} throws on any of them.
     */
    public String safe(String text, PDFont font) {
        Face face = face(font);
        int n = text.length();
        int i = 0;
        while (i < n && isShowable(text.charAt(i), face)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (breaksLine(cp)) {
                b.append(' ');
            } else if (Character.getType(cp) != Character.FORMAT) {
                b.appendCodePoint(face.hasGlyph(cp) ? cp : '?');
            }
        }
        return b.toString();
    }

    private static boolean isShowable(char c, Face face) {
        return !breaksLine(c) && !Character.isSurrogate(c) && Character.getType(c) != Character.FORMAT && face.hasGlyph(c);
    }

    /** Tabs, line and paragraph breaks and other control characters: each becomes a space. */
    private static boolean breaksLine(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /** The width in points of {@code safeText} (already {@link #safe}) in {@code font} at {@code size}. */
    public float width(String safeText, PDFont font, float size) {
        Face face = face(font);
        float units = 0;
        for (int i = 0; i < safeText.length(); ) {
            int cp = safeText.codePointAt(i);
            i += Character.charCount(cp);
            units += face.advance(cp);
        }
        return units * size / 1000f;
    }

    /** How wide any text is once made safe, for the layout's label placement. */
    public TextMeasure measure(PDFont font, float size) {
        return text -> width(safe(text, font), font, size);
    }

    private Face face(PDFont font) {
        if (font == regular.font) {
            return regular;
        }
        if (font == bold.font) {
            return bold;
        }
        throw new IllegalArgumentException("not a font of this document: " + font.getName());
    }

    /** One embedded face with its character map and a cache of advance widths. */
    private static final class Face {
        private final PDType0Font font;
        private final CmapLookup cmap;
        /** Advance widths in 1/1000 em by character, NaN until first needed. */
        private final float[] advances = new float[CACHED_CHARS];

        private Face(PDType0Font font) {
            this.font = font;
            this.cmap = font.getCmapLookup();
            Arrays.fill(advances, Float.NaN);
        }

        static Face load(PDDocument doc, byte[] file) throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
            // PDFBox would otherwise set "fi", "ff", "ffi" as ligature glyphs: the text would extract and
            // search as "ﬁrst" and "oﬃcial", and lines would measure narrower than the widths we wrap by.
            ttf.setEnableGsub(false);
            doc.registerTrueTypeFontForClosing(ttf);
            return new Face(PDType0Font.load(doc, ttf, true));
        }

        boolean hasGlyph(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        float advance(int codePoint) {
            if (codePoint < CACHED_CHARS) {
                float a = advances[codePoint];
                if (Float.isNaN(a)) {
                    a = measure(codePoint);
                    advances[codePoint] = a;
                }
                return a;
            }
            return measure(codePoint);
        }

        private float measure(int codePoint) {
            try {
                // A subset-embedded Type 0 font uses glyph ids as its codes (Identity-H).
                return font.getWidth(cmap.getGlyphId(codePoint));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled font files, read from the class path once per run. */
    private static final class FontFiles {
        static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

        private static byte[] read(String resource) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the application");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(resource + " cannot be read", e);
            }
        }
    }
}
