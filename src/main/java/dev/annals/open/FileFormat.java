package dev.annals.open;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kinds of file Annals opens, each recognised by its file name's extensions and by what its first
 * characters look like. Content that is unmistakable (a timeline's JSON, an XML export, an HTML page)
 * wins over the name, so a timeline saved as ".txt" still opens as a timeline; among the text forms of an
 * article, the name decides and content only where the name does not. A new format is one more entry.
 */
public enum FileFormat {
    TIMELINE("a timeline (JSON)", List.of("json"), true, FileFormat::looksLikeTimeline),
    MEDIAWIKI_EXPORT("a MediaWiki export (Special:Export XML)", List.of("xml"), true,
            head -> head.startsWith("<?xml") && head.contains("<mediawiki") || head.startsWith("<mediawiki")),
    HTML("a saved web page (HTML)", List.of("html", "htm", "xhtml"), true, FileFormat::looksLikeHtml),
    ARTICLE("an article in Annals' text markup", List.of(), false, FileFormat::looksLikeAnnalsMarkup),
    WIKITEXT("wikitext", List.of("wiki", "wikitext", "mediawiki"), false, FileFormat::looksLikeWikitext),
    /** What is left: text as a browser copies it, with no markup (".txt" files are recognised by content). */
    COPIED_TEXT("text copied from a web page", List.of(), false, head -> true);

    private static final Pattern WIKI_MARKS = Pattern.compile(
            "\\[\\[|\\{\\{|'''|<ref[ >/]|^[ \\t]*\\{\\||^[*#]+[ \\t]*[^\\s*#]", Pattern.MULTILINE);
    private static final Pattern EQUALS_HEADING = Pattern.compile("^[ \\t]*==+[^=\\n]+==+[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern TITLE_LINE = Pattern.compile("\\A=[^=\\n][^\\n]*[^=\\n]=\\s*(\\n|\\z)");

    private final String description;
    private final List<String> extensions;
    private final boolean unmistakable;
    private final Predicate<String> looksLike;

    FileFormat(String description, List<String> extensions, boolean unmistakable, Predicate<String> looksLike) {
        this.description = description;
        this.extensions = extensions;
        this.unmistakable = unmistakable;
        this.looksLike = looksLike;
    }

    /** What the format is, in words ("wikitext", "a saved web page (HTML)"). */
    public String description() {
        return description;
    }

    /**
     * The format of a file named {@code fileName} (null for pasted text) whose text starts with {@code head}
     * (its first few kilobytes, decoded, byte-order mark and leading white space dropped).
     */
    public static FileFormat detect(String fileName, String head) {
        for (FileFormat f : values()) {
            if (f.unmistakable && f.looksLike.test(head)) {
                return f;
            }
        }
        String extension = extension(fileName);
        for (FileFormat f : values()) {
            if (f.extensions.contains(extension)) {
                return f;
            }
        }
        for (FileFormat f : values()) {
            if (!f.unmistakable && f.looksLike.test(head)) {
                return f;
            }
        }
        return COPIED_TEXT;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** A JSON object whose keys include a timeline's ("schemaVersion", "events"). */
    private static boolean looksLikeTimeline(String head) {
        return head.startsWith("{") && (head.contains("\"schemaVersion\"") || head.contains("\"events\""));
    }

    private static boolean looksLikeHtml(String head) {
        String h = head.length() > 1024 ? head.substring(0, 1024) : head;
        h = h.toLowerCase(Locale.ROOT);
        return h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head")
                || h.startsWith("<!--") && h.contains("<html") || h.startsWith("<?xml") && h.contains("<html");
    }

    /**
     * Annals' own markup: "= Title =" on the first line (which wikitext never has), or "== Section =="
     * headings and no wikitext marks.
     */
    private static boolean looksLikeAnnalsMarkup(String head) {
        return TITLE_LINE.matcher(head).find() || EQUALS_HEADING.matcher(head).find() && !looksLikeWikitext(head);
    }

    /** Links, templates, bold, references, tables or "*" and "#" lists. */
    private static boolean looksLikeWikitext(String head) {
        return WIKI_MARKS.matcher(head).find();
    }
}
