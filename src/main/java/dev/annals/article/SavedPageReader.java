package dev.annals.article;

import dev.annals.loader.Article;
import dev.annals.loader.LoadException;
import dev.annals.loader.SourceText;
import dev.annals.loader.TextLine;
import dev.annals.model.Problem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a saved Wikipedia page (desktop "Save page as", or the Parsoid and mobile HTML) with jsoup:
 * only the article body ({@code .mw-parser-output}); headings in the old
 * ({@code <h2><span class="mw-headline">}) and the current ({@code <div class="mw-heading"><h2>})
 * markup, paragraphs, lists and the infobox's rows. References, edit links, navigation boxes, hatnotes,
 * reference lists, coordinates, hidden elements and the page's chrome are not the article.
 */
public final class SavedPageReader {
    private static final String NOT_ARTICLE = String.join(", ", "sup.reference", ".mw-editsection", ".navbox",
            ".navbox-styles", ".vertical-navbox", ".sidebar", ".hatnote", ".dablink", ".rellink", ".reflist",
            ".references", ".mw-references-wrap", "#coordinates", ".coordinates", ".geo-inline", ".geo-default",
            "#toc", ".toc", ".mw-cite-backlink", "style", "script", "link", "meta", "noscript", ".thumb", "figure",
            ".gallery", ".metadata", ".ambox", ".shortdescription", ".sistersitebox", ".portalbox", ".portal-bar",
            ".authority-control", ".mw-empty-elt", "[hidden]", ".mw-jump-link", ".catlinks", ".printfooter",
            ".mw-indicators", ".noprint", ".mbox-small", ".side-box", "sup.noprint", "math", ".mwe-math-element");
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE = Pattern.compile("(?:File|Image):([^/?#]+)$");
    /** Lists nested deeper are read as far as this; no article nests its lists so deep. */
    private static final int MAX_DEPTH = 200;

    private final String html;
    private final LineTable origin;
    private final List<Problem> problems = new ArrayList<>();
    private final SectionTree tree = new SectionTree();

    private SavedPageReader(String html, LineTable origin) {
        this.html = html;
        this.origin = origin;
    }

    /** @param shownName the file as the user named it, for messages */
    public static Article read(SourceText source, String shownName) throws LoadException {
        String html = String.join("\n", source.lines());
        SavedPageReader reader = new SavedPageReader(html, new LineTable(source.lines()));
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        Element body = page.selectFirst("#mw-content-text .mw-parser-output");
        if (body == null) {
            body = page.selectFirst(".mw-parser-output");
        }
        if (body == null) {
            throw new LoadException(shownName, 0, "an HTML page, but not a Wikipedia article: it has no "
                    + "article body (class \"mw-parser-output\"); save the article's page itself, or copy its text");
        }
        reader.problems.addAll(source.problems());
        Map<String, String> infobox = reader.infobox(body);
        reader.drop(body);
        reader.blocks(body);
        String title = title(page, source);
        return new Article(title, infobox, reader.tree.lead(), reader.problems);
    }

    private static String title(Document page, SourceText source) {
        Element heading = page.selectFirst("#firstHeading");
        if (heading != null && !heading.text().isBlank()) {
            return heading.text().strip();
        }
        String title = page.title().replaceFirst("\\s+[-—–]\\s+Wikipedia.*$", "").strip();
        if (!title.isEmpty()) {
            return title;
        }
        return Article.titleFromFileName(source.fileName() == null ? "page" : source.fileName());
    }

    /** The rows of the first infobox as fields; its map (or first picture) as "Map" or "Image". */
    private Map<String, String> infobox(Element body) {
        Map<String, String> fields = new LinkedHashMap<>();
        Element box = body.selectFirst("table.infobox");
        if (box == null) {
            return fields;
        }
        for (Element row : box.select("tr")) {
            Element th = row.selectFirst("th");
            Element td = row.selectFirst("td");
            if (th != null && td != null) {
                String key = th.text().strip();
                String value = td.text().replaceAll("\\[\\d+\\]", "").strip();
                if (!key.isEmpty() && !value.isEmpty()) {
                    fields.putIfAbsent(key, value);
                }
            } else {
                String file = fileName(row);
                if (file != null) {
                    String lower = file.toLowerCase(Locale.ROOT);
                    String key = lower.contains("locator") || lower.contains("map") || lower.contains("location") ? "Map" : "Image";
                    fields.putIfAbsent(key, file);
                }
            }
        }
        box.remove();
        return fields;
    }

    /** The file a row shows, from its link to the file's page or the picture's address. */
    private static String fileName(Element row) {
        for (Element a : row.select("a[href]")) {
            Matcher m = FILE.matcher(URLDecoder.decode(a.attr("href"), StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1).replace('_', ' ');
            }
        }
        return null;
    }

    private void drop(Element body) {
        body.select(NOT_ARTICLE).remove();
        for (Element e : body.select("[style]")) {
            if (HIDDEN.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        for (Element table : body.select("table")) {
            if (table.parent() != null && table.closest("table") == table && !table.hasClass("infobox")) {
                int rows = table.select("tr").size();
                problems.add(new Problem(line(table), "table", "a table" + (rows > 0 ? " of " + rows + " rows" : "")
                        + " is left out: Annals does not read tables yet"));
            }
        }
        body.select("table").remove();
    }

    /** Walks the body's blocks in document order, with a stack of its own: pages may nest thousands deep. */
    private void blocks(Element body) {
        Deque<Iterator<Element>> open = new ArrayDeque<>();
        open.push(body.children().iterator());
        while (!open.isEmpty()) {
            if (!open.peek().hasNext()) {
                open.pop();
                continue;
            }
            Element e = open.peek().next();
            String tag = e.normalName();
            if (tag.matches("h[1-6]")) {
                TextLine text = text(e);
                if (text != null) {
                    tree.heading(text.text(), tag.charAt(1) - '0', text.line());
                }
            } else if (tag.equals("p") || tag.equals("dd") || tag.equals("pre")) {
                tree.paragraph(text(e));
            } else if (tag.equals("ul") || tag.equals("ol")) {
                items(e, 0);
                tree.endBullets();
            } else if (tag.equals("dt")) {
                tree.bullet(text(e));
            } else {
                open.push(e.children().iterator()); // div, section, blockquote, dl, center, …
            }
        }
    }

    private void items(Element list, int depth) {
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            Element copy = li.clone();
            copy.select("ul, ol").remove();
            tree.bullet(text(li, copy));
            if (depth < MAX_DEPTH) {
                for (Element nested : li.select("> ul, > ol")) {
                    items(nested, depth + 1);
                }
            }
        }
    }

    private TextLine text(Element e) {
        return text(e, e);
    }

    /** The text of {@code shown}, which is {@code e} or a copy of it with parts left out, mapped to the file. */
    private TextLine text(Element e, Element shown) {
        MappedText out = new MappedText();
        int fallback = start(e);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                appendTextNode(t, out, fallback);
            } else if (node instanceof Element el && el.normalName().equals("br")) {
                out.replace(" ", start(el, fallback), start(el, fallback));
            }
        }, shown);
        return out.line(0, out.length(), origin);
    }

    /** A text node with its white space collapsed; characters map one for one where the node has no entities. */
    private void appendTextNode(TextNode t, MappedText out, int fallback) {
        String text = t.getWholeText();
        Range range = t.sourceRange();
        int from = range.isTracked() ? range.startPos() : fallback;
        int to = range.isTracked() ? range.endPos() : fallback;
        boolean linear = to - from == text.length();
        if (!linear) {
            String collapsed = text.replaceAll("\\s+", " ");
            if (out.last() == ' ' || out.length() == 0) {
                collapsed = collapsed.stripLeading();
            }
            out.replace(collapsed.replace('\u00A0', ' '), from, to);
            return;
        }
        int i = 0;
        while (i < text.length()) {
            int j = i;
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0') {
                while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '\u00A0')) {
                    j++;
                }
                if (out.length() > 0 && out.last() != ' ') {
                    out.replace(" ", from + i, from + i + 1);
                }
            } else {
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\u00A0') {
                    j++;
                }
                out.copy(html, from + i, from + j);
            }
            i = j;
        }
    }

    private static int start(Element e) {
        return start(e, 0);
    }

    private static int start(Element e, int fallback) {
        Range r = e.sourceRange();
        return r.isTracked() ? r.startPos() : fallback;
    }

    private int line(Element e) {
        return origin.span(start(e), start(e)).line();
    }
}
