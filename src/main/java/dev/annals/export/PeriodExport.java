package dev.annals.export;

import dev.annals.files.AtomicFile;
import dev.annals.files.OutputException;
import dev.annals.files.OutputTarget;
import dev.annals.layout.AxisPicture;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes the PDF of a period: a header block, the timeline strip, the locator map when a drawer is
 * given, then every event; page numbers, running headers, bookmarks by year and metadata. Runs headless
 * on any thread.
 *
 * <pre>{@code
 * ExportRequest request = ExportRequest.period(timeline, DateBound.parse("2004"), DateBound.parse("2012"));
 * ExportSummary done = PeriodExport.write(request, ExportOptions.DEFAULTS, Path.of("out.pdf"), ExportProgress.NONE);
 * }</pre>
 *
 * The file is written whole or not at all: the document is built first, then saved through
 * {@link AtomicFile}, so a failure or a cancellation leaves any earlier file of that name as it was.
 */
public final class PeriodExport {
    /**
     * Page content beyond this goes to a temporary file rather than the heap: PDFBox holds every page's
     * stream until the document is saved, and ten thousand events make over a thousand pages.
     */
    private static final long CONTENT_IN_MEMORY = 8L << 20;
    private static final float SECTION_GAP = 14;

    private PeriodExport() {
    }

    /**
     * Writes {@code request} to {@code target}.
     *
     * @throws ExportException       when the file cannot be written, with a message for the user
     * @throws CancellationException when {@code progress} asks to stop or the thread is interrupted; no
     *                               file is written
     */
    public static ExportSummary write(ExportRequest request, ExportOptions options, Path target, ExportProgress progress)
            throws ExportException {
        checkTarget(target);
        int total = request.events().size() + 1;
        try (PDDocument doc = new PDDocument(MemoryUsageSetting.setupMixed(CONTENT_IN_MEMORY).streamCache)) {
            compose(doc, request, options, done -> step(progress, done, total));
            checkCancelled(progress);
            long bytes = save(doc, target);
            progress.update(total, total);
            return new ExportSummary(target, doc.getNumberOfPages(), request.events().size(), bytes);
        } catch (IOException e) {
            throw new ExportException("Cannot make the PDF of " + request.periodInWords() + ": " + e.getMessage(), e);
        }
    }

    /** Saves {@code doc} whole or not at all; returns the file's size. */
    private static long save(PDDocument doc, Path target) throws ExportException {
        try {
            AtomicFile.write(target, doc::save);
            return Files.size(target);
        } catch (IOException e) {
            throw new ExportException(cannotWrite(target, e), e);
        }
    }

    private static void compose(PDDocument doc, ExportRequest r, ExportOptions options, IntConsumer afterEvent)
            throws IOException {
        ZonedDateTime generated = ZonedDateTime.now(options.clock());
        PdfFonts fonts = PdfFonts.load(doc);
        Styles styles = new Styles(fonts);
        PdfOutline outline = new PdfOutline();
        try (PageFlow flow = new PageFlow(doc, options.paper())) {
            flow.newPage();
            HeaderBlock.draw(flow, fonts, styles, r, generated);
            TimelineStrip strip = new TimelineStrip(fonts);
            AxisPicture picture = strip.picture(r, flow.width());
            strip.draw(flow.content(), picture, flow.left(), flow.y());
            flow.down(TimelineStrip.HEIGHT + SECTION_GAP);
            if (options.includeMap()) {
                drawMap(flow, r, options.mapDrawer(), fonts);
            }
            new EventPages(fonts, styles, outline).draw(flow, r.events(), afterEvent);
        }
        PageDecorations.apply(doc, fonts, styles, r.timeline().title(), r.periodInWords());
        outline.install(doc);
        DocumentInfo.apply(doc, r, generated);
    }

    private static void drawMap(PageFlow flow, ExportRequest r, MapDrawer drawer, PdfFonts fonts) throws IOException {
        float height = Math.min(drawer.height(flow.width()), flow.bodyHeight());
        if (height <= 0) {
            return;
        }
        flow.ensure(height);
        PDRectangle box = new PDRectangle(flow.left(), flow.y() - height, flow.width(), height);
        flow.content().saveGraphicsState();
        flow.content().addRect(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
        flow.content().clip();
        drawer.draw(flow.content(), new MapArea(box, r.timeline(), r.to(), fonts));
        flow.content().restoreGraphicsState();
        flow.down(height + SECTION_GAP);
    }

    private static void step(ExportProgress progress, int done, int total) {
        checkCancelled(progress);
        progress.update(done, total);
    }

    private static void checkCancelled(ExportProgress progress) {
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The export was cancelled.");
        }
    }

    /** Refuses at once what would only fail after the whole document was built. */
    private static void checkTarget(Path target) throws ExportException {
        try {
            OutputTarget.checkWritable(target);
        } catch (OutputException e) {
            throw new ExportException("Cannot write " + target + ": " + e.reason() + ".");
        }
    }

    private static String cannotWrite(Path target, IOException e) {
        if (e instanceof OutputException o) {
            return "Cannot write " + target + ": " + o.reason() + ".";
        }
        if (e instanceof NoSuchFileException) {
            return "Cannot write " + target + ": the folder does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return "Cannot write " + target + ": permission denied.";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "Cannot write " + target + ": " + f.getReason() + ".";
        }
        return "Cannot write " + target + ": " + e.getMessage();
    }
}
