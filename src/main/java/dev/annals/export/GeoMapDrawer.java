package dev.annals.export;

import dev.annals.geo.CountryMatcher;
import dev.annals.geo.LocatorMap;
import dev.annals.geo.MapView;
import dev.annals.geo.ProjectedMap;
import dev.annals.geo.ProjectedShape;
import dev.annals.geo.Projection;
import dev.annals.geo.Projections;
import dev.annals.geo.Role;
import dev.annals.geo.Viewport;
import dev.annals.geo.WorldAtlas;
import dev.annals.model.Locator;
import dev.annals.model.PartialDate;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws the article's locator map into the PDF as vectors, the same map as the window's panel:
 * membership at the end of the period, the subject highlighted, Europe with North America in an inset
 * when a member or the subject is there.
 */
public final class GeoMapDrawer implements MapDrawer {
    private static final float[] SEA = {0.863f, 0.922f, 0.961f};
    private static final float[] SUBJECT = {0.910f, 0.349f, 0.047f};
    private static final float[] MEMBER = {0.184f, 0.427f, 0.710f};
    private static final float[] OTHER = {0.804f, 0.824f, 0.851f};
    private static final float[] INK = {0.122f, 0.161f, 0.200f};
    private static final float TITLE_HEIGHT = 18;

    private final WorldAtlas atlas;
    private final CountryMatcher matcher;

    public GeoMapDrawer() {
        this(WorldAtlas.standard(), CountryMatcher.standard());
    }

    GeoMapDrawer(WorldAtlas atlas, CountryMatcher matcher) {
        this.atlas = atlas;
        this.matcher = matcher;
    }

    @Override
    public float height(float width) {
        return width * 0.6f;
    }

    @Override
    public void draw(PDPageContentStream content, MapArea area) throws IOException {
        Locator locator = area.timeline().locator() != null ? area.timeline().locator()
                : new Locator(null, null, null, null, java.util.List.of());
        LocatorMap map = LocatorMap.of(locator, matcher);
        Set<String> members = map.membersOn(area.asOf());
        Projection projection = Projections.forLocator(locator.projection());
        PDRectangle box = area.box();
        float mapTop = box.getUpperRightY() - TITLE_HEIGHT;
        fill(content, SEA, box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), mapTop - box.getLowerLeftY());
        Frame main = new Frame(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), mapTop - box.getLowerLeftY());
        ProjectedMap europe = ProjectedMap.of(atlas, MapView.europe(projection));
        shapes(content, map, members, europe, main);
        if (map.reachesOutside(europe)) { // as in the window: North America only when a member is there
            Frame inset = new Frame(box.getLowerLeftX() + 4, box.getLowerLeftY() + 4, box.getWidth() * 0.25f,
                    main.height * 0.32f);
            fill(content, SEA, inset.x, inset.y, inset.width, inset.height);
            shapes(content, map, members, ProjectedMap.of(atlas, MapView.northAmerica(projection)), inset);
            content.setStrokingColor(INK[0], INK[1], INK[2]);
            content.setLineWidth(0.5f);
            content.addRect(inset.x, inset.y, inset.width, inset.height);
            content.stroke();
        }
        title(content, area, map, members, box, mapTop);
        legend(content, area, map, box);
    }

    /** A rectangle of the page; the viewport's y runs down from its top edge. */
    private record Frame(float x, float y, float width, float height) {
        float pageX(double screenX) {
            return x + (float) screenX;
        }

        float pageY(double screenY) {
            return y + height - (float) screenY;
        }
    }

    private static void shapes(PDPageContentStream content, LocatorMap map, Set<String> members, ProjectedMap projected,
            Frame frame) throws IOException {
        content.saveGraphicsState();
        content.addRect(frame.x, frame.y, frame.width, frame.height);
        content.clip();
        Viewport v = Viewport.fit(projected.frame(), 0, 0, frame.width, frame.height);
        content.setStrokingColor(1f, 1f, 1f);
        content.setLineWidth(0.3f);
        for (ProjectedShape s : projected.shapes()) {
            double left = v.screenX(s.bounds().minX());
            double right = v.screenX(s.bounds().maxX());
            double top = v.screenY(s.bounds().maxY());
            double bottom = v.screenY(s.bounds().minY());
            if (right < 0 || left > frame.width || bottom < 0 || top > frame.height) {
                continue;
            }
            Role role = map.roleOf(s.country(), members);
            float[] c = role == Role.SUBJECT ? SUBJECT : role == Role.MEMBER ? MEMBER : OTHER;
            content.setNonStrokingColor(c[0], c[1], c[2]);
            for (double[] ring : s.rings()) {
                content.moveTo(frame.pageX(v.screenX(ring[0])), frame.pageY(v.screenY(ring[1])));
                for (int i = 2; i < ring.length; i += 2) {
                    content.lineTo(frame.pageX(v.screenX(ring[i])), frame.pageY(v.screenY(ring[i + 1])));
                }
                content.closePath();
            }
            content.fillAndStrokeEvenOdd();
        }
        content.restoreGraphicsState();
    }

    private static void title(PDPageContentStream content, MapArea area, LocatorMap map, Set<String> members,
            PDRectangle box, float mapTop) throws IOException {
        String organisation = map.locator().organisation();
        String day = PartialDate.ofDay(area.asOf()).toText();
        String text = organisation == null ? "Countries of the article"
                : organisation + " on " + day + " · " + members.size() + " members";
        PDFont bold = area.fonts().bold();
        content.setNonStrokingColor(INK[0], INK[1], INK[2]);
        content.beginText();
        content.setFont(bold, 10);
        content.newLineAtOffset(box.getLowerLeftX(), mapTop + 5);
        content.showText(area.fonts().safe(text, bold));
        content.endText();
    }

    private static void legend(PDPageContentStream content, MapArea area, LocatorMap map, PDRectangle box) throws IOException {
        PDFont font = area.fonts().regular();
        float x = box.getUpperRightX() - 110;
        float y = box.getLowerLeftY() + 8;
        fill(content, SEA, x - 4, y - 4, 110, 44);
        String subject = map.subject().map(c -> c.name()).orElse(null);
        String organisation = map.locator().organisation();
        float row = y + 28;
        if (subject != null) {
            swatch(content, font, area, SUBJECT, x, row, subject);
            row -= 13;
        }
        if (organisation != null) {
            swatch(content, font, area, MEMBER, x, row, organisation + " member");
            row -= 13;
        }
        swatch(content, font, area, OTHER, x, row, "other state");
    }

    private static void swatch(PDPageContentStream content, PDFont font, MapArea area, float[] colour, float x, float y,
            String label) throws IOException {
        fill(content, colour, x, y, 9, 7);
        content.setNonStrokingColor(INK[0], INK[1], INK[2]);
        content.beginText();
        content.setFont(font, 7.5f);
        content.newLineAtOffset(x + 13, y + 0.5f);
        content.showText(area.fonts().safe(label, font));
        content.endText();
    }

    private static void fill(PDPageContentStream content, float[] c, float x, float y, float w, float h) throws IOException {
        content.setNonStrokingColor(c[0], c[1], c[2]);
        content.addRect(x, y, w, h);
        content.fill();
    }
}
