package dev.annals.export;

import dev.annals.model.Timeline;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where and what a {@link MapDrawer} draws: the box on the page, the timeline (its locator names the
 * subject and the member states), the day whose membership the map shows (the end of the period), and
 * the document's fonts for labels.
 */
public record MapArea(PDRectangle box, Timeline timeline, LocalDate asOf, PdfFonts fonts) {
}
