/**
 * Front ends that read an article in the forms people have it (MediaWiki wikitext, a Special:Export XML
 * file, a saved Wikipedia page, text copied from a browser) into the loader's {@link dev.annals.loader.Article},
 * with source positions that point into the user's own file.
 */
package dev.annals.article;
