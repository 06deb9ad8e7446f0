package dev.annals.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws the locator map into the export: the map engineer plugs one in through
 * {@link ExportOptions#withMapDrawer}. The export gives it a rectangle on the first page after the
 * timeline strip; {@link #NONE} asks for no room, so without a drawer the page shows no empty box.
 */
@FunctionalInterface
public interface MapDrawer {
    /** Draws nothing and takes no room. */
    MapDrawer NONE = new MapDrawer() {
        @Override
        public float height(float width) {
            return 0;
        }

        @Override
        public void draw(PDPageContentStream content, MapArea area) {
            // no map
        }
    };

    /** The height in points the map wants at {@code width}; 0 leaves it out. */
    default float height(float width) {
        return width * 0.55f;
    }

    /**
     * Draws the map inside {@code area.box()} (PDF points, origin bottom left). The content stream's
     * graphics state is saved before and restored after, and drawing is clipped to the box.
     */
    void draw(PDPageContentStream content, MapArea area) throws IOException;
}
