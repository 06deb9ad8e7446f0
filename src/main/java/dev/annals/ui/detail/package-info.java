/** The detail pane: the selected event with its date as stated, its text, its source and its entities. */
package dev.annals.ui.detail;
