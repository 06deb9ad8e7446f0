package dev.annals.export;

import java.awt.Color;

/** The export's colours: the window's light theme, with its translucent tones mixed onto white paper. */
final class Palette {
    static final Color TEXT = new Color(0x1f2933);
    static final Color MUTED = new Color(0x6b7785);
    static final Color ACCENT = new Color(0x2f6db5);
    static final Color CONTEXT = new Color(0x7a5cb0);
    static final Color BAND = new Color(0xf1f4f9);
    static final Color BAND_ALT = new Color(0xe6ecf4);
    static final Color SURFACE = new Color(0xfbfcfe);
    static final Color BORDER = new Color(0xd5dbe3);
    static final Color GRID_MAJOR = onWhite(MUTED, 0.35f);
    static final Color GRID_MINOR = onWhite(MUTED, 0.15f);
    static final Color WHITE = Color.WHITE;

    private Palette() {
    }

    /**
     * {@code c} at {@code alpha} over white: plain colours print the same everywhere and need no
     * transparency groups in the PDF.
     */
    static Color onWhite(Color c, float alpha) {
        return new Color(mix(c.getRed(), alpha), mix(c.getGreen(), alpha), mix(c.getBlue(), alpha));
    }

    private static int mix(int channel, float alpha) {
        return Math.round(channel * alpha + 255 * (1 - alpha));
    }
}
