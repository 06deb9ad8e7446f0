package dev.annals.loader;

import dev.annals.model.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * A title made from a file name, each word written as the article mostly writes it: "belarus-nato-relations.wiki"
     * is "Belarus NATO relations" when the text says "NATO", as file names lose the capitals the title had.
     */
    public static String titleFromFileName(String fileName, List<String> lines) {
        String[] words = titleFromFileName(fileName).split(" ");
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (String word : words) {
            spellings.put(word.toLowerCase(Locale.ROOT), new HashMap<>());
        }
        for (String line : lines) {
            int i = 0;
            while (i < line.length()) {
                if (!Character.isLetterOrDigit(line.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < line.length() && Character.isLetterOrDigit(line.charAt(i))) {
                    i++;
                }
                String token = line.substring(start, i);
                Map<String, Integer> counts = spellings.get(token.toLowerCase(Locale.ROOT));
                if (counts != null) {
                    counts.merge(token, 1, Integer::sum);
                }
            }
        }
        StringBuilder title = new StringBuilder();
        for (String word : words) {
            String usual = spellings.get(word.toLowerCase(Locale.ROOT)).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(word);
            title.append(title.length() == 0 ? "" : " ").append(usual);
        }
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
