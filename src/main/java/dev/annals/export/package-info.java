/**
 * The PDF of a period of a timeline, drawn with PDFBox from the same {@code layout} picture as the window's
 * axis, with no JavaFX, so the command line and the window share it. {@link dev.annals.export.PeriodExport}
 * is the entry point.
 */
package dev.annals.export;
