/**
 * Timelines to and from the files other tools use: TimelineJS's JSON and spreadsheet template, and a plain
 * CSV of the events for spreadsheets; toolkit-free, so the command line and the window share it.
 */
package dev.annals.exchange;
