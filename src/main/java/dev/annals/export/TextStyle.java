package dev.annals.export;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A face, size, line height and colour for one kind of text in the export. */
record TextStyle(PDFont font, float size, float leading, Color colour) {
    /** DejaVu Sans's ascent and descent, in em. */
    private static final float ASCENT = 0.928f;
    private static final float DESCENT = 0.236f;

    /** How far below the top of its line a line's baseline lies: the glyphs are centred in the line height. */
    float baselineBelowTop() {
        return (leading - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
    }
}
