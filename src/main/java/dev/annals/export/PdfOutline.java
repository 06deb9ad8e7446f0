package dev.annals.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The document's bookmarks: one per year that has events, opening its page at the year's heading. */
final class PdfOutline {
    private final PDDocumentOutline outline = new PDDocumentOutline();

    void add(String title, PDPage page, float top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(top) + 4);
        destination.setLeft(0);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
    }

    /** Puts the bookmarks into {@code doc}, shown when it opens. */
    void install(PDDocument doc) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        outline.openNode();
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }
}
