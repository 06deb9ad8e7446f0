/** Exporting a period to PDF from the window: the period dialog, the save dialog and the background export. */
package dev.annals.ui.export;
