/** The member-state map panel: the locator map on real country shapes, linked to the selected event. */
package dev.annals.ui.map;
