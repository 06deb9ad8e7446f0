/** Reads and writes timelines as JSON (schema version 1, {@code /data/timeline.schema.json}) with Jackson. */
package dev.annals.json;
