/** Start-up: the plain {@code main}, the command line, and the JavaFX application that wires the window. */
package dev.annals.app;
