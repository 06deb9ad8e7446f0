/**
 * The picture of a timeline, free of any toolkit: time ↔ position scale, ticks, event markers with
 * label rows and clusters, period bands. The window's axis and the PDF draw the same picture.
 */
package dev.annals.layout;
