package dev.annals.loader;

import dev.annals.model.Problem;
import java.util.List;
import java.util.Map;

/**
 * An article as a document: title, infobox and the section tree under a lead section, and what could not
 * be read as intended. Every front end (the plain-text markup, wikitext, HTML, copied text) makes one.
 */
public record Article(String title, Map<String, String> infobox, Section lead, List<Problem> problems) {
    /** A title made from a file name when the article states none: "finland-eu-relations.txt" is "Finland eu relations". */
    public static String titleFromFileName(String fileName) {
        String base = fileName.replaceFirst("(\\.timeline)?\\.[^.]+$", "").replace('-', ' ').replace('_', ' ').strip();
        return base.isEmpty() ? "Untitled" : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }
}
