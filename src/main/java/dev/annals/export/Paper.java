package dev.annals.export;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper sizes an export can be printed on. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    /** The page in PDF points (1/72 inch). */
    public PDRectangle size() {
        return new PDRectangle(size.getWidth(), size.getHeight());
    }

    /** The paper named {@code name} ("a4" or "letter", any case). */
    public static Paper parse(String name) throws ExportException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter" -> LETTER;
            default -> throw new ExportException("Unknown paper size '" + name + "': use a4 or letter.");
        };
    }
}
