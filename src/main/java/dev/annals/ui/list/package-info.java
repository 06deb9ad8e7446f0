/** The event list: a table of the shown events kept in step with the axis. */
package dev.annals.ui.list;
