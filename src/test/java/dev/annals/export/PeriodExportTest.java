package dev.annals.export;

import static dev.annals.export.ExportFixtures.OPTIONS;
import static dev.annals.export.ExportFixtures.open;
import static dev.annals.export.ExportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
import dev.annals.model.Timeline;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the PDF of a period holds: its events and no others, outline, metadata, fonts, page numbers, a drawn page. */
class PeriodExportTest {
    private static final Timeline SEED = ExportFixtures.seed();
    @TempDir
    static Path dir;
    /** The seed's 2004–2012 export, made once: most tests only read it. */
    private static Path seedPdf;
    private static ExportRequest seedRequest;
    private static ExportSummary seedSummary;

    @BeforeAll
    static void exportSeed() throws ExportException {
        seedRequest = ExportRequest.period(SEED, DateBound.parse("2004"), DateBound.parse("2012"));
        seedPdf = dir.resolve("belarus-2004-2012.pdf");
        seedSummary = PeriodExport.write(seedRequest, OPTIONS, seedPdf, ExportProgress.NONE);
    }

    // given the seed exported for 2004–2012, then its events are there and events outside it are not
    @Test
    void seedPeriodHoldsItsEventsAndNoOthers() {
        String text = text(seedPdf);
        assertThat(text).contains("Belarus–NATO relations", "19 January 2004 – July 2012", "19 January 2004", "700,000",
                "July 2012", "A new package of NATO and Belarus targets was approved", "2012 (from context)");
        assertThat(text).doesNotContain("diplomatic mission", "since 1998", "readiness to cooperate", "Lukashenko");
        assertThat(seedSummary.events()).isEqualTo(seedRequest.events().size()).isEqualTo(26);
        assertThat(countOf(text, "source line \\d+")).isEqualTo(26);
    }

    // given the seed's export, then the header names the source file, its SHA-256 and when it was made
    @Test
    void headerCitesTheSource() {
        String firstPage;
        try (PDDocument doc = open(seedPdf)) {
            firstPage = text(doc, 1, 1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(firstPage).contains("26 of 43 events, in the period 2004–2012", "Source: belarus-nato-relations.txt",
                "SHA-256: " + SEED.source().sha256(), "Generated 14 May 2025, 10:32 UTC by Annals");
    }

    // given the seed's export, then the outline has one entry per year with events, each opening a page with that year
    @Test
    void outlineHasOneEntryPerYearWithEvents() throws IOException {
        List<String> years = seedRequest.events().stream().map(e -> Integer.toString(e.start().firstYear()))
                .distinct().toList();
        assertThat(years).containsExactly("2004", "2006", "2008", "2009", "2010", "2012");
        try (PDDocument doc = open(seedPdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle().split(" ")[0]);
                int page = ((PDPageDestination) item.getDestination()).retrievePageNumber();
                assertThat(page).isNotNegative();
                assertThat(text(doc, page + 1, page + 1)).contains(item.getTitle().split(" ")[0]);
            }
            assertThat(titles).isEqualTo(years);
        }
    }

    // given the seed's export, then title, subject, keywords, creator, producer, dates and language are set
    @Test
    void metadataIsSet() throws IOException {
        try (PDDocument doc = open(seedPdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Belarus–NATO relations, 19 January 2004 – July 2012");
            assertThat(info.getSubject()).contains("26 events", "belarus-nato-relations.txt");
            assertThat(info.getKeywords()).contains("Belarus", "NATO", "timeline");
            assertThat(info.getCreator()).isEqualTo("Annals");
            assertThat(info.getProducer()).contains("Annals", "PDFBox");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(ExportFixtures.CLOCK.instant());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    // given any export, then every font on every page is DejaVu Sans, Type 0, embedded as a subset
    @Test
    void fontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument doc = open(seedPdf)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.isStandard14()).isFalse();
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
                    names.add(font.getName());
                }
            }
            assertThat(names).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
            assertThat(names).anyMatch(n -> n.endsWith("-Bold")).anyMatch(n -> n.endsWith("+DejaVuSans"));
        }
    }

    // given words with "fi", "ff" and "ffi", then they extract as letters, not ligature glyphs, so search finds them
    @Test
    void textIsSearchableWithoutLigatures() {
        String text = text(seedPdf);
        assertThat(text).contains("official", "first package", "Chief of Staff");
        assertThat(text.chars().filter(c -> c >= 0xFB00 && c <= 0xFB06).count()).isZero();
    }

    // given the Poland–Lithuania article, then its Polish and Lithuanian names come out letter for letter
    @Test
    void polishAndLithuanianNamesComeOutRight() throws ExportException {
        Timeline t = ExportFixtures.load("src/test/resources/articles/poland-lithuania-energy.txt");
        Path pdf = dir.resolve("poland-lithuania.pdf");
        PeriodExport.write(ExportRequest.period(t, DateBound.parse("2006"), DateBound.parse("2022")), OPTIONS, pdf,
                ExportProgress.NONE);
        assertThat(text(pdf)).contains("Świnoujście", "Klaipėda", "Mažeikių nafta", "Grybauskaitė", "Ełk", "Łomża",
                "Ostrołęka", "Nausėda", "Jauniūnai", "Širvintos");
    }

    // given a period with one event, then the PDF holds exactly that one event
    @Test
    void aPeriodWithOneEventGivesOneEvent() throws ExportException, IOException {
        ExportRequest one = ExportRequest.period(SEED, DateBound.parse("2004-01-19"), DateBound.parse("2004-01-19"));
        Path pdf = dir.resolve("one.pdf");
        ExportSummary summary = PeriodExport.write(one, OPTIONS, pdf, ExportProgress.NONE);
        String text = text(pdf);
        assertThat(summary.events()).isEqualTo(1);
        assertThat(countOf(text, "source line \\d+")).isEqualTo(1);
        assertThat(text).contains("1 of 43 events", "Belarus formally announced its accession to the NATO process")
                .doesNotContain("January 2006 (").doesNotContain("700,000");
        try (PDDocument doc = open(pdf)) {
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSize(1);
        }
    }

    // given the export, then every page says "n / N" with the right numbers
    @Test
    void pagesAreNumberedOfTotal() throws IOException {
        try (PDDocument doc = open(seedPdf)) {
            int n = doc.getNumberOfPages();
            assertThat(n).isGreaterThan(1).isEqualTo(seedSummary.pages());
            for (int i = 1; i <= n; i++) {
                assertThat(text(doc, i, i)).contains(i + " / " + n);
            }
            assertThat(text(doc, 2, 2)).contains("Belarus–NATO relations", "19 January 2004 – July 2012");
        }
    }

    // given the first page rendered, then it is not blank: the strip, markers and text put ink on it
    @Test
    void firstPageIsDrawn() throws IOException {
        try (PDDocument doc = open(seedPdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 36);
            long inked = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xffffff) != 0xffffff) {
                        inked++;
                    }
                }
            }
            assertThat(inked).isGreaterThan(page.getWidth() * (long) page.getHeight() / 20);
        }
    }

    // given Letter paper, then the pages are 8.5 × 11 inches
    @Test
    void letterPaper() throws ExportException, IOException {
        Path pdf = dir.resolve("letter.pdf");
        PeriodExport.write(seedRequest, OPTIONS.withPaper(Paper.LETTER), pdf, ExportProgress.NONE);
        try (PDDocument doc = open(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792);
        }
    }

    // given a selection of events from the window, then exactly those are exported, in timeline order
    @Test
    void aSelectionExportsExactlyItsEvents() throws ExportException {
        List<Event> chosen = List.of(SEED.events().get(10), SEED.events().get(5));
        ExportRequest r = ExportRequest.selection(SEED, LocalDate.of(2004, 1, 1), LocalDate.of(2006, 12, 31), chosen);
        assertThat(r.events()).containsExactly(SEED.events().get(5), SEED.events().get(10));
        Path pdf = dir.resolve("selection.pdf");
        PeriodExport.write(r, OPTIONS, pdf, ExportProgress.NONE);
        assertThat(countOf(text(pdf), "source line \\d+")).isEqualTo(2);
    }

    // given a map drawer, then it draws into a box of the first page below the strip, for the end of the period;
    // with the map turned off it is not called
    @Test
    void theMapDrawerGetsItsBox() throws ExportException {
        List<MapArea> areas = new ArrayList<>();
        MapDrawer drawer = (content, area) -> {
            areas.add(area);
            content.addRect(area.box().getLowerLeftX(), area.box().getLowerLeftY(), area.box().getWidth(), 10);
            content.fill();
        };
        PeriodExport.write(seedRequest, OPTIONS.withMapDrawer(drawer), dir.resolve("map.pdf"), ExportProgress.NONE);
        assertThat(areas).hasSize(1);
        MapArea area = areas.get(0);
        assertThat(area.asOf()).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(area.timeline()).isSameAs(SEED);
        assertThat(area.box().getWidth()).isGreaterThan(400);
        assertThat(area.box().getLowerLeftY()).isGreaterThan(PageFlow.MARGIN_BOTTOM - 0.1f);

        PeriodExport.write(seedRequest, OPTIONS.withMapDrawer(drawer).withMap(false), dir.resolve("nomap.pdf"),
                ExportProgress.NONE);
        assertThat(areas).hasSize(1);
    }

    private static int countOf(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
