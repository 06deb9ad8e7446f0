/**
 * Reads an article in plain-text markup and turns it into a {@link dev.annals.model.Timeline}:
 * markup parser, sentence splitter, date extractor, entity tagger, category rules.
 */
package dev.annals.loader;
