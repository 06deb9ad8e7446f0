/** The explorer window: FXML controllers, the view model they bind to, custom controls and styles. */
package dev.annals.ui;
