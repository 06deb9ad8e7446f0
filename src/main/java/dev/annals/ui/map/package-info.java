/**
 * The member-state map pane: the {@code MemberStateMap} control, which paints the geo package's map picture
 * and handles its own keys and mouse, and the controller that links it to the selected event and the filters.
 */
package dev.annals.ui.map;
