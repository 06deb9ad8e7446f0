package dev.annals.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Lines of text laid out for a column: paragraphs wrapped to its width, bullets with a hanging indent.
 * A block that fits on a page is kept on one page; a longer one breaks between lines.
 */
final class TextBlock {
    private static final float BULLET_INDENT = 11;

    /** One line as drawn: its text (already safe), style, indent, the space above it, and a bullet or none. */
    private record Line(String text, TextStyle style, float indent, float gapBefore, boolean bullet) {
        float height() {
            return gapBefore + style.leading();
        }
    }

    /** Where a block was drawn: its page and the top of its first line. */
    record Place(PDPage page, float top) {
    }

    private final PdfFonts fonts;
    private final float width;
    private final List<Line> lines = new ArrayList<>();

    TextBlock(PdfFonts fonts, float width) {
        this.fonts = fonts;
        this.width = width;
    }

    /** Adds {@code text} as a paragraph wrapped to the column, {@code gapBefore} points below what precedes it. */
    TextBlock paragraph(String text, TextStyle style, float gapBefore) {
        return wrap(text, style, 0, gapBefore, false);
    }

    /** Adds {@code text} as a bulleted item: the bullet in the margin of the text, later lines under the first. */
    TextBlock bullet(String text, TextStyle style, float gapBefore) {
        return wrap(text, style, BULLET_INDENT, gapBefore, true);
    }

    private TextBlock wrap(String text, TextStyle style, float indent, float gapBefore, boolean bullet) {
        String safe = fonts.safe(text, style.font());
        List<String> wrapped = LineBreaker.lines(safe, width - indent,
                s -> fonts.width(s, style.font(), style.size()));
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(new Line(wrapped.get(i), style, indent, i == 0 ? gapBefore : 0, bullet && i == 0));
        }
        return this;
    }

    float height() {
        float h = 0;
        for (Line l : lines) {
            h += l.height();
        }
        return h;
    }

    /**
     * Draws the block at the flow's position, first starting a new page when the block and
     * {@code keepWithNext} points of what follows do not fit but would on an empty page.
     */
    Place draw(PageFlow flow, float keepWithNext) throws IOException {
        float needed = height() + keepWithNext;
        if (!flow.fits(needed) && needed <= flow.bodyHeight()) {
            flow.ensure(needed);
        }
        Place place = null;
        for (Line l : lines) {
            if (!flow.fits(l.height())) {
                flow.newPage();
            } else if (!flow.atTop()) {
                flow.down(l.gapBefore()); // space between blocks, but none above the first line of a page
            }
            if (place == null) {
                place = new Place(flow.page(), flow.y());
            }
            float baseline = flow.y() - l.style().baselineBelowTop();
            float x = flow.left() + l.indent();
            if (l.bullet()) {
                Ink.text(flow.content(), l.style().font(), l.style().size(), l.style().colour(),
                        x - BULLET_INDENT + 2, baseline, "•");
            }
            Ink.text(flow.content(), l.style().font(), l.style().size(), l.style().colour(), x, baseline, l.text());
            flow.down(l.style().leading());
        }
        return place;
    }
}
