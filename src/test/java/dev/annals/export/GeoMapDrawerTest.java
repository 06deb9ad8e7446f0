package dev.annals.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.geo.CountryMatcher;
import dev.annals.geo.MapColour;
import dev.annals.geo.MapPalette;
import dev.annals.geo.MapPicture;
import dev.annals.geo.ProjectedShape;
import dev.annals.geo.WorldAtlas;
import dev.annals.model.Locator;
import dev.annals.model.PartialDate;
import dev.annals.model.Timeline;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locator map in the PDF: each country drawn at its place in the light theme's colour for its role at
 * the end of the period, and the window's title; it can be left out.
 */
class GeoMapDrawerTest {
    private static final float SCALE = 2;
    private static final PDRectangle BOX = new PDRectangle(40, 300, 500, 300);

    @TempDir
    Path dir;

    private final GeoMapDrawer drawer = new GeoMapDrawer(WorldAtlas.standard(), CountryMatcher.standard(), MapPalette.light());

    private String export(Timeline t, boolean map) throws Exception {
        Path pdf = dir.resolve(map ? "with-map.pdf" : "without-map.pdf");
        PeriodExport.write(ExportRequest.period(t, PartialDate.ofYear(2004), PartialDate.ofYear(2012)),
                ExportOptions.DEFAULTS.withMap(map).withMapDrawer(drawer), pdf, ExportProgress.NONE);
        try (PDDocument doc = ExportFixtures.open(pdf)) {
            return ExportFixtures.text(doc, 1, 1);
        }
    }

    /** The colour at the label point of each atlas shape, on a page with only the map, as of 31 December 2012. */
    private static final class Drawn {
        final MapPicture picture;
        final BufferedImage image;

        Drawn(GeoMapDrawer drawer) throws Exception {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                MapArea area = new MapArea(BOX, ExportFixtures.seed(), LocalDate.of(2012, 12, 31), PdfFonts.load(doc));
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    drawer.draw(content, area);
                }
                picture = drawer.picture(area);
                image = new PDFRenderer(doc).renderImage(0, SCALE);
            }
        }

        int rgbAt(String state) {
            ProjectedShape shape = picture.main().countries().stream().map(MapPicture.Painted::shape)
                    .filter(s -> s.country().atlasName().equals(state))
                    .findFirst().orElseThrow();
            double[] p = picture.pointOf(shape);
            // picture units are points from the box's top left; the image's y runs down from the page's top
            int x = (int) Math.round((BOX.getLowerLeftX() + p[0]) * SCALE);
            int y = (int) Math.round((PDRectangle.A4.getHeight() - BOX.getUpperRightY() + p[1]) * SCALE);
            return image.getRGB(x, y) & 0xffffff;
        }
    }

    private static int rgb(MapColour role) {
        MapPalette.Colour c = MapPalette.light().colour(role);
        return (c.red() << 16) | (c.green() << 8) | c.blue();
    }

    @Test
    void eachCountryIsFilledAtItsPlaceWithTheColourOfItsRoleAtTheEndOfThePeriod() throws Exception {
        Drawn drawn = new Drawn(drawer);
        assertThat(Integer.toHexString(drawn.rgbAt("Belarus"))).isEqualTo(Integer.toHexString(rgb(MapColour.SUBJECT)));
        assertThat(Integer.toHexString(drawn.rgbAt("Poland"))).isEqualTo(Integer.toHexString(rgb(MapColour.MEMBER)));
        assertThat(Integer.toHexString(drawn.rgbAt("Romania"))).as("joined in 2004").isEqualTo(Integer.toHexString(rgb(MapColour.MEMBER)));
        assertThat(Integer.toHexString(drawn.rgbAt("Finland"))).as("joined in 2023").isEqualTo(Integer.toHexString(rgb(MapColour.OTHER)));
        assertThat(Integer.toHexString(drawn.rgbAt("Ukraine"))).isEqualTo(Integer.toHexString(rgb(MapColour.OTHER)));
    }

    @Test
    void theMapHasTheWindowsTitleAndLegend() throws Exception {
        assertThat(export(ExportFixtures.seed(), true)).contains("NATO on 31 December 2012 · 28 members")
                .contains("NATO member").contains("other state").contains("Belarus NATO Locator Lambert");
    }

    @Test
    void oneMemberIsCountedInTheSingular() throws Exception {
        Timeline seed = ExportFixtures.seed();
        Timeline one = new Timeline(seed.schemaVersion(), seed.title(), seed.source(), seed.infobox(),
                new Locator("Belarus Union State Locator.svg", "Belarus", "Union State", null, List.of("Russia")),
                seed.seeAlso(), seed.periods(), seed.events(), seed.problems());
        assertThat(export(one, true)).contains("Union State as the article lists them · 1 member").doesNotContain("1 members");
    }

    @Test
    void noMapLeavesItOut() throws Exception {
        assertThat(export(ExportFixtures.seed(), false)).doesNotContain("NATO on 31 December 2012").doesNotContain("other state");
    }
}
