package dev.annals.export;

import static dev.annals.export.ExportFixtures.OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.layout.TextMeasure;
import dev.annals.model.DateBasis;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.SourceFile;
import dev.annals.model.SourcePosition;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text made safe for the embedded font, measured as PDFBox measures it, and wrapped to a column. */
class PdfTextTest {
    @TempDir
    Path dir;

    // given tabs, line breaks, invisible characters and glyphs DejaVu lacks, then they become spaces, nothing or "?"
    @Test
    void textIsMadeSafeForTheFont() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            PDFont font = fonts.regular();
            assertThat(fonts.safe("a\tb\nc\r\nd", font)).isEqualTo("a b c  d");
            assertThat(fonts.safe("soft\u00adhyphen zero\u200bwidth", font)).isEqualTo("softhyphen zerowidth");
            assertThat(fonts.safe("microbe \uD83E\uDDA0, 中, 한, \uD840\uDC00", font)).isEqualTo("microbe ?, ?, ?, ?");
            assertThat(fonts.safe("Дружба, Świnoujście, Klaipėda – “quoted”", font))
                    .isEqualTo("Дружба, Świnoujście, Klaipėda – “quoted”");
        }
    }

    // given any safe text, then our cached widths equal PDFBox's own, so wrapped lines never overrun
    @Test
    void widthsMatchPdfBox() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            for (PDFont font : List.of(fonts.regular(), fonts.bold())) {
                for (String s : List.of("Belarus–NATO relations", "official first staff", "Łomża Ostrołęka Дружба", "700,000")) {
                    assertThat(fonts.width(s, font, 10)).as(s).isCloseTo(font.getStringWidth(s) / 100, within());
                }
            }
        }
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.001f);
    }

    // given text and a width, then lines fit the width, break at spaces, and a word too long for a line is split
    @Test
    void linesFitTheColumn() {
        TextMeasure chars = s -> s.length();
        assertThat(LineBreaker.lines("the quick brown fox jumps", 10, chars)).containsExactly("the quick", "brown fox", "jumps");
        assertThat(LineBreaker.lines("a 0123456789ABCDEF b", 6, chars)).containsExactly("a", "012345", "6789AB", "CDEF b");
        assertThat(LineBreaker.lines("  spaced   out  ", 20, chars)).containsExactly("spaced out");
        assertThat(LineBreaker.lines("", 20, chars)).containsExactly("");
    }

    // given an event in Cyrillic with a tab, a line break and an emoji DejaVu lacks, then it shows, the emoji as "?"
    @Test
    void cyrillicAndUnknownGlyphsExport() throws ExportException {
        String text = "Лукашенко\tвстретился с делегацией НАТО в Минске;\nнефтепровод «Дружба» \uD83E\uDDA0 работает.";
        Event e = new Event("e1", PartialDate.ofDay(2021, 5, 28), null, DateBasis.STATED, "28 May 2021",
                "Лукашенко встретился с делегацией НАТО", text, List.of("пункт первый"), List.of("История", "2021"),
                new SourcePosition(3, 1, text.length()), new Entities(List.of("Belarus"), List.of("NATO"),
                        List.of("Александр Лукашенко")), "diplomacy", List.of(), List.of());
        Timeline t = new Timeline(Timeline.SCHEMA_VERSION, "Беларусь и НАТО", new SourceFile("by.txt", "ab".repeat(32)),
                Map.of(), null, List.of(), List.of(), List.of(e), List.of());
        Path pdf = dir.resolve("cyrillic.pdf");
        PeriodExport.write(ExportRequest.period(t, DateBound.parse("2021"), DateBound.parse("2021")), OPTIONS, pdf,
                ExportProgress.NONE);
        assertThat(ExportFixtures.text(pdf)).contains("Беларусь и НАТО", "Лукашенко встретился с делегацией НАТО в Минске;",
                "нефтепровод «Дружба» ? работает.", "пункт первый", "История › 2021", "Александр Лукашенко");
    }
}
