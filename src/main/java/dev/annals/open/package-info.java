/** Opens whatever the user points at, an article (.txt) or a timeline (.json), as a timeline. */
package dev.annals.open;
