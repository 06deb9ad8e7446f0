/** The explorer window: the main FXML controller, its dialogs, theme and remembered settings. */
package dev.annals.ui.window;
