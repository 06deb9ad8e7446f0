package dev.annals.loader;

import dev.annals.model.Problem;
import java.util.List;

/** An article's text split into lines (line n is {@code lines.get(n - 1)}), with the problems met while decoding it. */
public record SourceText(String fileName, String sha256, List<String> lines, List<Problem> problems) {
}
