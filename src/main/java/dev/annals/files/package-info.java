/** File helpers shared by every layer that writes output: write to a temporary file, then move it in place. */
package dev.annals.files;
