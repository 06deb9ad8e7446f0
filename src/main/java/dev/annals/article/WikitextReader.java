package dev.annals.article;

import dev.annals.loader.Article;
import dev.annals.loader.SourceText;
import dev.annals.loader.TextLine;
import dev.annals.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MediaWiki wikitext into an {@link Article}: headings of every level, paragraphs (consecutive
 * lines), "*" and "#" lists at any depth and ";" lines as bullets, ":" lines as paragraphs, the first
 * infobox template as the infobox. Inline markup is rendered by {@link WikiRenderer}; positions point
 * into the wikitext as its {@link Origin} places it.
 */
public final class WikitextReader {
    private static final Pattern BOLD = Pattern.compile("'''([^'\\n]{1,200}?)'''");

    private WikitextReader() {
    }

    /**
     * Reads a wikitext file. Its title is {@code title} when given; otherwise the file's name, or for text
     * with no file (pasted) the first bold phrase, which Wikipedia gives the article's subject.
     */
    public static Article read(SourceText source, String title) {
        String text = String.join("\n", source.lines());
        String chosen = title;
        if (chosen == null && source.fileName() != null && !source.fileName().isBlank()) {
            chosen = Article.titleFromFileName(source.fileName(), source.lines());
        }
        if (chosen == null) {
            Matcher bold = BOLD.matcher(text);
            chosen = bold.find() ? bold.group(1).strip() : "Pasted article";
        }
        // Wikitext copied out of an XML file without unescaping ("&lt;ref&gt;") is read as the XML would be.
        boolean escaped = text.contains("&lt;ref") && !text.contains("<ref");
        Article article = escaped
                ? read(unescape(text), new XmlTextOrigin(unescape(text), 1, 1), chosen)
                : read(text, new LineTable(source.lines()), chosen);
        List<Problem> problems = new ArrayList<>(source.problems());
        problems.addAll(article.problems());
        return new Article(article.title(), article.infobox(), article.lead(), problems);
    }

    /**
     * @param wikitext the text, lines joined with '\n'
     * @param origin   where offsets in {@code wikitext} stand in the user's file
     * @param title    the article's title (a page's, or one made from the file name)
     */
    static Article read(String wikitext, Origin origin, String title) {
        ProblemLog log = new ProblemLog();
        WikiRenderer renderer = new WikiRenderer(wikitext, log);
        MappedText text = renderer.render();
        SectionTree tree = new SectionTree();
        int paragraphStart = -1;
        int skippedLevel = 0; // inside a references or literature section of this level: not the article
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            int first = lineStart;
            while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            char c = first < lineEnd ? text.charAt(first) : 0;
            boolean blank = first == lineEnd;
            boolean heading = c == '=' && isHeading(text, first, lineEnd);
            boolean list = c == '*' || c == '#' || c == ';' || c == ':';
            boolean rule = c == '-' && lineEnd - first >= 4 && text.charAt(first + 1) == '-' && text.charAt(first + 2) == '-'
                    && text.charAt(first + 3) == '-';
            if ((blank || heading || list || rule) && paragraphStart >= 0) {
                tree.paragraph(text.line(paragraphStart, lineStart, origin));
                paragraphStart = -1;
            }
            if (heading) {
                TextLine headingLine = headingText(text, first, lineEnd, origin);
                int level = headingLevel(text, first, lineEnd);
                if (skippedLevel > 0 && level <= skippedLevel) {
                    skippedLevel = 0;
                }
                if (headingLine != null && skippedLevel == 0 && SourceSections.PATTERN.matcher(headingLine.text()).matches()) {
                    skippedLevel = level;
                }
                if (headingLine != null && skippedLevel == 0) {
                    tree.heading(headingLine.text(), level, headingLine.line());
                }
            } else if (skippedLevel > 0) {
                paragraphStart = -1;
            } else if (blank || rule) {
                tree.endBullets();
            } else if (list) {
                int body = first;
                boolean indentOnly = true;
                while (body < lineEnd && "*#;:".indexOf(text.charAt(body)) >= 0) {
                    indentOnly &= text.charAt(body) == ':';
                    body++;
                }
                TextLine item = text.line(body, lineEnd, origin);
                if (indentOnly) {
                    tree.paragraph(item);
                } else {
                    tree.bullet(item);
                }
            } else if (paragraphStart < 0) {
                tree.endBullets();
                paragraphStart = first;
            }
            lineStart = lineEnd + 1;
        }
        if (paragraphStart >= 0) {
            tree.paragraph(text.line(paragraphStart, n, origin));
        }
        List<Problem> problems = new ArrayList<>(log.problems(origin));
        return new Article(title, renderer.infobox(), tree.lead(), problems);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static boolean isHeading(MappedText text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from >= 3 && text.charAt(to - 1) == '=';
    }

    private static int headingLevel(MappedText text, int from, int to) {
        to = trimEnd(text, from, to);
        int left = 0;
        while (from + left < to && text.charAt(from + left) == '=') {
            left++;
        }
        int right = 0;
        while (to - right - 1 > from + left && text.charAt(to - right - 1) == '=') {
            right++;
        }
        return Math.min(left, right);
    }

    private static TextLine headingText(MappedText text, int from, int to, Origin origin) {
        int level = headingLevel(text, from, to);
        to = trimEnd(text, from, to);
        return level == 0 ? null : text.line(from + level, to - level, origin);
    }

    private static int trimEnd(MappedText text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
