package dev.annals.loader;

import dev.annals.model.Problem;
import java.util.List;
import java.util.Map;

/** An article's markup as a document: title, infobox and the section tree under a lead section. */
record Article(String title, Map<String, String> infobox, Section lead, List<Problem> problems) {
}
