package dev.annals.export;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages as they fill from top to bottom: the current page, its content stream, and how far down it
 * is written. Only the current page's stream is open; a finished page's content is closed at once, so
 * it goes to the document's stream cache rather than staying in a writer.
 */
final class PageFlow implements Closeable {
    static final float MARGIN_SIDE = 50;
    static final float MARGIN_TOP = 58;
    static final float MARGIN_BOTTOM = 54;

    private final PDDocument doc;
    private final PDRectangle size;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument doc, Paper paper) {
        this.doc = doc;
        this.size = paper.size();
    }

    void newPage() throws IOException {
        close();
        page = new PDPage(size);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = top();
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream content() {
        return content;
    }

    /** The top of the space still free on the current page. */
    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    float left() {
        return MARGIN_SIDE;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN_SIDE;
    }

    float top() {
        return size.getHeight() - MARGIN_TOP;
    }

    float bottom() {
        return MARGIN_BOTTOM;
    }

    /** The height of a page's writing area. */
    float bodyHeight() {
        return top() - bottom();
    }

    /** True when nothing is written on the current page yet. */
    boolean atTop() {
        return y >= top();
    }

    boolean fits(float height) {
        return y - height >= bottom() - 0.01f;
    }

    /** Starts a new page unless {@code height} fits below what is written (or the page is still empty). */
    void ensure(float height) throws IOException {
        if (!fits(height) && y < top()) {
            newPage();
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
