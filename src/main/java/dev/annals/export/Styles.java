package dev.annals.export;

/** The text styles of one document, on its embedded fonts. */
final class Styles {
    final TextStyle title;
    final TextStyle period;
    final TextStyle info;
    final TextStyle fine;
    final TextStyle year;
    final TextStyle date;
    final TextStyle headline;
    final TextStyle body;
    final TextStyle meta;
    final TextStyle running;

    Styles(PdfFonts f) {
        title = new TextStyle(f.bold(), 20, 25, Palette.TEXT);
        period = new TextStyle(f.regular(), 13, 18, Palette.ACCENT);
        info = new TextStyle(f.regular(), 9, 12.5f, Palette.TEXT);
        fine = new TextStyle(f.regular(), 7.5f, 10.5f, Palette.MUTED);
        year = new TextStyle(f.bold(), 13, 18, Palette.TEXT);
        date = new TextStyle(f.bold(), 8.5f, 12, Palette.ACCENT);
        headline = new TextStyle(f.bold(), 10.5f, 13.5f, Palette.TEXT);
        body = new TextStyle(f.regular(), 9, 12.5f, Palette.TEXT);
        meta = new TextStyle(f.regular(), 7.5f, 10, Palette.MUTED);
        running = new TextStyle(f.regular(), 7.5f, 10, Palette.MUTED);
    }
}
