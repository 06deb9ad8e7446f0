package dev.annals.ui.timeline;

/** What a key on the year axis asks for; the window decides how (it owns navigation and focus). */
public enum AxisCommand {
    PREVIOUS_EVENT, NEXT_EVENT, PREVIOUS_PERIOD, NEXT_PERIOD, FIRST_EVENT, LAST_EVENT,
    SHRINK_PERIOD, EXTEND_PERIOD, CLEAR_PERIOD, ZOOM_IN, ZOOM_OUT, FIT, SHOW_DETAILS
}
