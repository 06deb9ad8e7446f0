package dev.annals.export;

import dev.annals.geo.CountryMatcher;
import dev.annals.geo.MapColour;
import dev.annals.geo.MapDate;
import dev.annals.geo.MapLayout;
import dev.annals.geo.MapPalette;
import dev.annals.geo.MapPicture;
import dev.annals.geo.MapState;
import dev.annals.geo.PathSink;
import dev.annals.geo.PreparedMap;
import dev.annals.geo.WorldAtlas;
import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws the article's locator map into the PDF as vectors: the same {@link MapPicture} as the window's
 * map, in the light theme's colours ({@link MapPalette#light()}), with membership on the last day of the
 * period.
 */
public final class GeoMapDrawer implements MapDrawer {
    private static final float TITLE_SIZE = 10;
    private static final float TEXT_SIZE = 7.5f;
    private static final MapLayout.Metrics METRICS = new MapLayout.Metrics(6, 14, 10, 9);
    private static final float BORDER_WIDTH = 0.3f;
    private static final float FRAME_WIDTH = 0.5f;

    private final WorldAtlas atlas;
    private final CountryMatcher matcher;
    private final MapPalette palette;

    public GeoMapDrawer() {
        this(WorldAtlas.standard(), CountryMatcher.standard(), MapPalette.light());
    }

    GeoMapDrawer(WorldAtlas atlas, CountryMatcher matcher, MapPalette palette) {
        this.atlas = atlas;
        this.matcher = matcher;
        this.palette = palette;
    }

    @Override
    public float height(float width) {
        return width * 0.6f;
    }

    @Override
    public void draw(PDPageContentStream content, MapArea area) throws IOException {
        PDRectangle box = area.box();
        PdfFonts fonts = area.fonts();
        MapPicture picture = picture(area);
        Page page = new Page(content, box.getLowerLeftX(), box.getUpperRightY());
        page.fill(colour(MapColour.SEA), new MapPicture.Box(0, 0, picture.width(), picture.height()));
        layer(page, picture.main());
        if (picture.inset().isPresent()) {
            MapPicture.Layer inset = picture.inset().get();
            content.saveGraphicsState();
            page.rect(inset.box());
            content.clip();
            page.fill(colour(MapColour.SEA), inset.box());
            layer(page, inset);
            content.restoreGraphicsState();
            content.setStrokingColor(colour(MapColour.FRAME));
            content.setLineWidth(FRAME_WIDTH);
            page.rect(inset.box());
            content.stroke();
        }
        page.fill(panel(), picture.header());
        page.text(fonts, fonts.bold(), TITLE_SIZE, colour(MapColour.TEXT), picture.title());
        page.text(fonts, fonts.regular(), TEXT_SIZE, colour(MapColour.TEXT), picture.credit());
        legend(page, fonts, picture.legend());
    }

    /** The map as the page shows it, in points from the top left of the area's box. */
    MapPicture picture(MapArea area) {
        PreparedMap map = PreparedMap.of(area.timeline().locator(), atlas, matcher);
        PdfFonts fonts = area.fonts();
        MapLayout layout = new MapLayout(METRICS, label -> fonts.width(fonts.safe(label, fonts.regular()), fonts.regular(), TEXT_SIZE));
        return layout.layout(MapState.of(map, MapDate.on(area.asOf())), area.box().getWidth(), area.box().getHeight());
    }

    private void layer(Page page, MapPicture.Layer layer) throws IOException {
        page.content.setStrokingColor(colour(MapColour.BORDER));
        page.content.setLineWidth(BORDER_WIDTH);
        for (MapPicture.Painted p : layer.countries()) {
            page.content.setNonStrokingColor(colour(p.fill()));
            layer.trace(p.shape(), page);
            page.content.fillAndStrokeEvenOdd();
        }
    }

    private void legend(Page page, PdfFonts fonts, MapPicture.Legend legend) throws IOException {
        page.fill(panel(), legend.box());
        for (MapPicture.LegendRow row : legend.rows()) {
            MapPicture.Box swatch = new MapPicture.Box(row.x(), row.centreY() - legend.swatchHeight() / 2,
                    legend.swatchWidth(), legend.swatchHeight());
            if (row.swatch() == MapPicture.Swatch.FILL) {
                page.fill(colour(row.colour()), swatch);
            } else {
                page.content.setStrokingColor(colour(row.colour()));
                page.content.setLineWidth(1);
                page.rect(swatch);
                page.content.stroke();
            }
            page.text(fonts, fonts.regular(), TEXT_SIZE, colour(MapColour.TEXT),
                    new MapPicture.Label(row.label(), row.labelX(), row.centreY(), legend.box().width()));
        }
    }

    private Color colour(MapColour role) {
        MapPalette.Colour c = palette.colour(role);
        return new Color(c.red(), c.green(), c.blue());
    }

    /** The panel colour laid over the sea once, as a plain colour: no transparency groups in the PDF. */
    private Color panel() {
        MapPalette.Colour p = palette.colour(MapColour.PANEL);
        MapPalette.Colour s = palette.colour(MapColour.SEA);
        double a = p.opacity();
        return new Color((int) Math.round(p.red() * a + s.red() * (1 - a)), (int) Math.round(p.green() * a + s.green() * (1 - a)),
                (int) Math.round(p.blue() * a + s.blue() * (1 - a)));
    }

    /** The map's box on the page: picture units are points, from its top left, y down. */
    private static final class Page implements PathSink<IOException> {
        private final PDPageContentStream content;
        private final float left;
        private final float top;

        Page(PDPageContentStream content, float left, float top) {
            this.content = content;
            this.left = left;
            this.top = top;
        }

        float x(double x) {
            return left + (float) x;
        }

        float y(double y) {
            return top - (float) y;
        }

        @Override
        public void moveTo(double x, double y) throws IOException {
            content.moveTo(x(x), y(y));
        }

        @Override
        public void lineTo(double x, double y) throws IOException {
            content.lineTo(x(x), y(y));
        }

        @Override
        public void closePath() throws IOException {
            content.closePath();
        }

        void rect(MapPicture.Box b) throws IOException {
            content.addRect(x(b.x()), y(b.y() + b.height()), (float) b.width(), (float) b.height());
        }

        void fill(Color colour, MapPicture.Box b) throws IOException {
            content.setNonStrokingColor(colour);
            rect(b);
            content.fill();
        }

        /** A label with its middle on its centre line, cut with "…" where it is wider than it may be. */
        void text(PdfFonts fonts, PDFont font, float size, Color colour, MapPicture.Label label) throws IOException {
            String text = fonts.safe(label.text(), font);
            while (text.length() > 1 && fonts.width(text, font, size) > label.maxWidth()) {
                text = text.substring(0, text.length() - 2) + "…";
            }
            Ink.text(content, font, size, colour, x(label.x()), y(label.centreY()) - size * 0.35f, text);
        }
    }
}
