/** The window's view model: what is open, selected, filtered and marked, and the background work that feeds it; no FXML. */
package dev.annals.ui.model;
