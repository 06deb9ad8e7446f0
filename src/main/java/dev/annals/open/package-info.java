/** Opens whatever the user points at, an article (.txt), a timeline (.json) or a CSV
 * or TimelineJS file from another tool, as a timeline. */
package dev.annals.open;
