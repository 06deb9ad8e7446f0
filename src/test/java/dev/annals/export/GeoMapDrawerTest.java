package dev.annals.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.loader.TimelineLoader;
import dev.annals.model.PartialDate;
import dev.annals.model.Timeline;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locator map in the PDF shows membership at the end of the period; it can be left out. */
class GeoMapDrawerTest {
    @TempDir
    Path dir;

    private String export(boolean map) throws Exception {
        Timeline t = new TimelineLoader().load(Path.of("seeds/belarus-nato-relations.txt"));
        Path pdf = dir.resolve(map ? "with-map.pdf" : "without-map.pdf");
        PeriodExport.write(ExportRequest.period(t, PartialDate.ofYear(2004), PartialDate.ofYear(2012)),
                ExportOptions.DEFAULTS.withMap(map).withMapDrawer(new GeoMapDrawer()), pdf, ExportProgress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theMapShowsMembershipAtTheEndOfThePeriod() throws Exception {
        String text = export(true);
        assertThat(text).contains("NATO on 31 December 2012 · 28 members").contains("NATO member").contains("Belarus");
    }

    @Test
    void noMapLeavesItOut() throws Exception {
        assertThat(export(false)).doesNotContain("NATO on 31 December 2012").doesNotContain("other state");
    }
}
