/** The year axis (a Control drawn on a Canvas) and the overview strip under it. */
package dev.annals.ui.timeline;
