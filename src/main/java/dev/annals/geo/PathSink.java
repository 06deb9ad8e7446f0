package dev.annals.geo;

/**
 * Where {@link MapPicture.Layer#trace} sends a country's outline, in picture units with y down: a
 * canvas's path in the window, a PDF content stream's in the export.
 *
 * @param <E> what the drawing API may throw (PDFBox's IOException; nothing for a canvas)
 */
public interface PathSink<E extends Exception> {
    void moveTo(double x, double y) throws E;

    void lineTo(double x, double y) throws E;

    void closePath() throws E;
}
