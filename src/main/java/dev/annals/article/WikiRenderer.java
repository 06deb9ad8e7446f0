package dev.annals.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Renders wikitext's inline markup to the text a reader sees, keeping where each character came from:
 * links become their labels, bold and italics plain, entities characters; references, comments,
 * files, categories, interwiki links, tables, galleries and templates that are not prose are left
 * out, and templates that render a date or a piece of text are read as that text. Line structure
 * (headings, lists, paragraphs) is kept for {@link WikitextReader}.
 */
final class WikiRenderer {
    /** Templates nested deeper than this are left out: no article needs it, and recursion must stay bounded. */
    static final int MAX_DEPTH = 40;
    /** A tag longer than this is not a tag but text with a "<" in it. */
    private static final int MAX_TAG = 2_000;
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("ref", "gallery", "math", "chem", "ce",
            "syntaxhighlight", "source", "timeline", "score", "imagemap", "references", "mapframe", "maplink",
            "graph", "templatedata", "inputbox", "categorytree", "hiero", "charinsert", "indicator", "style",
            "script", "noinclude");
    /** HTML and extension tags that are dropped, their content kept (with those in {@link #DROPPED_WITH_CONTENT}, every tag read). */
    private static final Set<String> TAGS = Set.of("span", "div", "small", "big", "sup", "sub", "s", "u", "b",
            "i", "em", "strong", "center", "blockquote", "poem", "p", "font", "abbr", "cite", "code", "q", "del",
            "ins", "tt", "var", "kbd", "samp", "mark", "ruby", "rt", "rp", "bdi", "bdo", "dfn", "includeonly",
            "onlyinclude", "section", "templatestyles", "ol", "ul", "li", "dl", "dt", "dd", "table", "tr", "td",
            "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "strike", "time", "data", "translate", "tvar",
            "languages", "pre", "wbr", "hr", "br", "nowiki", "a", "img", "thead", "tbody");
    private static final Set<String> FILE_OR_CATEGORY = Set.of("file", "image", "media", "category", "datei",
            "bild", "kategorie", "fichier", "catégorie", "archivo", "imagen", "categoría", "categoria", "ficheiro",
            "immagine", "plik", "kategoria", "bestand", "categorie", "fil", "kategori", "tiedosto", "luokka",
            "soubor", "файл", "категория", "изображение", "ファイル", "画像", "カテゴリ");
    private static final Set<String> URL_STARTS = Set.of("http://", "https://", "//", "ftp://", "mailto:", "news:");

    private final String s;
    private final Brackets brackets;
    private final ProblemLog problems;
    private final Map<String, String> infobox = new LinkedHashMap<>();
    private final Map<String, int[]> closeCache = new HashMap<>();
    private boolean infoboxSeen;
    private boolean tooDeepReported;

    WikiRenderer(String source, ProblemLog problems) {
        this.s = source;
        this.brackets = new Brackets(source);
        this.problems = problems;
    }

    /** The whole text, rendered. */
    MappedText render() {
        MappedText out = new MappedText();
        render(0, s.length(), out, 0);
        return out;
    }

    /** The fields of the first infobox template, rendered to text; file names for pictures and maps. */
    Map<String, String> infobox() {
        return infobox;
    }

    private void render(int from, int to, MappedText out, int depth) {
        if (depth > MAX_DEPTH) {
            if (!tooDeepReported) {
                tooDeepReported = true;
                problems.add(from, "markup", "templates nested more than " + MAX_DEPTH + " deep; the inner ones are left out");
            }
            return;
        }
        int run = from;
        int i = from;
        while (i < to) {
            int next = special(i, to, out, depth, run);
            if (next < 0) {
                i++;
            } else {
                run = next;
                i = next;
            }
        }
        out.copy(s, run, to);
    }

    /**
     * Reads the markup at {@code i}, after writing the plain text from {@code run} up to it: returns where
     * reading goes on, or -1 when there is no markup at {@code i}.
     */
    private int special(int i, int to, MappedText out, int depth, int run) {
        char c = s.charAt(i);
        char d = i + 1 < to ? s.charAt(i + 1) : 0;
        int next;
        switch (c) {
            case '<' -> next = tag(i, to, out, depth, run);
            case '{' -> {
                if (d == '{') {
                    out.copy(s, run, i);
                    next = template(i, to, out, depth);
                } else if (d == '|' && atLineStart(i)) {
                    out.copy(s, run, i);
                    next = table(i, to);
                } else {
                    next = -1;
                }
            }
            case '[' -> {
                if (d == '[') {
                    out.copy(s, run, i);
                    next = link(i, to, out, depth);
                } else {
                    next = externalLink(i, to, out, depth, run);
                }
            }
            case '\'' -> {
                if (d != '\'') {
                    return -1;
                }
                out.copy(s, run, i);
                next = i;
                while (next < to && s.charAt(next) == '\'') {
                    next++;
                }
            }
            case '&' -> next = entity(i, to, out, run);
            case '_' -> next = magicWord(i, to, out, run);
            default -> next = -1;
        }
        return next;
    }

    private boolean atLineStart(int i) {
        int j = i - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || s.charAt(j) == '\n';
    }

    // --- tags and comments

    private int tag(int i, int to, MappedText out, int depth, int run) {
        if (s.startsWith("<!--", i)) {
            out.copy(s, run, i);
            int end = s.indexOf("-->", i + 4);
            if (end < 0 || end + 3 > to) {
                problems.add(i, "markup", "a comment ('<!--') is never closed; the rest of the text is left out");
                return to;
            }
            return end + 3;
        }
        int j = i + 1;
        boolean closing = j < to && s.charAt(j) == '/';
        if (closing) {
            j++;
        }
        int nameStart = j;
        while (j < to && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name) && !DROPPED_WITH_CONTENT.contains(name)) {
            return -1;
        }
        int gt = s.indexOf('>', j);
        if (gt < 0 || gt >= to || gt - i > MAX_TAG) {
            return -1;
        }
        out.copy(s, run, i);
        boolean selfClosing = s.charAt(gt - 1) == '/';
        int after = gt + 1;
        if (closing || selfClosing) {
            return name.equals("br") || name.equals("hr") ? space(out, i, after) : after;
        }
        if (name.equals("br") || name.equals("hr") || name.equals("wbr")) {
            return space(out, i, after);
        }
        if (DROPPED_WITH_CONTENT.contains(name) || name.equals("nowiki") || name.equals("pre")) {
            int close = closeTag(name, after, to);
            if (close < 0) {
                int end = paragraphEnd(after, to);
                problems.add(i, "markup", "a <" + name + "> is never closed; the rest of its paragraph is left out");
                return end;
            }
            if (name.equals("nowiki") || name.equals("pre")) {
                out.copy(s, after, close);
            }
            int closeGt = s.indexOf('>', close);
            return closeGt < 0 || closeGt >= to ? to : closeGt + 1;
        }
        return after;
    }

    private static int space(MappedText out, int from, int to) {
        out.replace(" ", from, to);
        return to;
    }

    /** Where "</name" starts at or after {@code from}; each name's search only moves forward, so it stays linear. */
    private int closeTag(String name, int from, int to) {
        int[] cache = closeCache.computeIfAbsent(name, n -> new int[] {-1, -2});
        // cache[0]: searched from here; cache[1]: found there (-1: none after cache[0])
        if (cache[1] >= from || cache[1] == -1 && cache[0] >= 0 && from >= cache[0]) {
            return cache[1] >= 0 && cache[1] < to ? cache[1] : -1;
        }
        int found = -1;
        for (int k = s.indexOf("</", from); k >= 0; k = s.indexOf("</", k + 2)) {
            if (s.regionMatches(true, k + 2, name, 0, name.length())) {
                found = k;
                break;
            }
        }
        cache[0] = from;
        cache[1] = found;
        return found >= 0 && found < to ? found : -1;
    }

    /** The end of the paragraph holding {@code from}: its next blank line, or {@code to}. */
    private int paragraphEnd(int from, int to) {
        int end = s.indexOf("\n\n", from);
        return end < 0 || end > to ? to : end;
    }

    // --- templates

    private int template(int i, int to, MappedText out, int depth) {
        int close = brackets.templateEnd(i);
        if (close < 0 || close + 2 > to) {
            int end = paragraphEnd(i, to);
            problems.add(i, "markup", "a template ('{{') is never closed; the rest of its paragraph is left out");
            return end;
        }
        int end = close + 2;
        List<int[]> parts = split(i + 2, close);
        String written = s.substring(parts.get(0)[0], parts.get(0)[1]);
        if (WikiTemplates.isMagic(written)) {
            return end;
        }
        String name = WikiTemplates.normalise(stripComments(written));
        List<int[]> positional = new ArrayList<>();
        Map<String, int[]> named = new LinkedHashMap<>();
        for (int[] part : parts.subList(1, parts.size())) {
            int eq = topLevelEquals(part[0], part[1]);
            if (eq < 0) {
                positional.add(part);
            } else {
                named.put(s.substring(part[0], eq).strip().toLowerCase(Locale.ROOT), new int[] {eq + 1, part[1]});
            }
        }
        switch (WikiTemplates.kind(name)) {
            case DATE -> {
                List<String> values = texts(positional, depth);
                String date = WikiTemplates.date(values);
                out.replace(date != null ? date : values.isEmpty() ? "" : values.get(0), i, end);
            }
            case CIRCA, FLORUIT -> {
                String prefix = WikiTemplates.kind(name) == WikiTemplates.Kind.CIRCA ? "c. " : "fl. ";
                List<String> values = texts(positional, depth);
                if (!values.isEmpty()) {
                    out.replace(prefix + String.join("–", values.subList(0, Math.min(2, values.size()))), i, end);
                }
            }
            case CONVERT -> {
                List<String> v = texts(positional, depth);
                if (v.size() >= 2) {
                    String unit = v.size() >= 4 && WikiTemplates.isRangeWord(v.get(1)) ? v.get(3) : v.get(1);
                    out.replace(v.get(0) + " " + unit, i, end);
                } else if (v.size() == 1) {
                    out.replace(v.get(0), i, end);
                }
            }
            case SECOND -> renderPart(positional, 1, out, depth);
            case FIRST -> {
                int[] text = named.containsKey("text") ? named.get("text") : named.get("quote");
                if (text != null) {
                    render(text[0], text[1], out, depth + 1);
                } else if (name.equals("sortname") && positional.size() >= 2) {
                    renderPart(positional, 0, out, depth);
                    out.replace(" ", positional.get(1)[0], positional.get(1)[0]);
                    renderPart(positional, 1, out, depth);
                } else {
                    renderPart(positional, 0, out, depth);
                }
            }
            case LAST -> renderPart(positional, positional.size() - 1, out, depth);
            case LIST -> {
                for (int k = 0; k < positional.size(); k++) {
                    if (k > 0) {
                        out.replace(", ", positional.get(k)[0], positional.get(k)[0]);
                    }
                    renderPart(positional, k, out, depth);
                }
            }
            case SYMBOL -> out.replace(WikiTemplates.symbol(name), i, end);
            case AS_OF -> {
                String date = WikiTemplates.date(texts(positional, depth));
                if (date != null) {
                    out.replace("as of " + date, i, end);
                }
            }
            case INFOBOX -> readInfobox(named, depth);
            case NOT_PROSE -> { }
            case UNKNOWN -> problems.unknownTemplate(name, i);
        }
        return end;
    }

    private void renderPart(List<int[]> parts, int index, MappedText out, int depth) {
        if (index >= 0 && index < parts.size()) {
            int[] p = parts.get(index);
            render(p[0], p[1], out, depth + 1);
        }
    }

    private List<String> texts(List<int[]> parts, int depth) {
        List<String> texts = new ArrayList<>();
        for (int[] p : parts) {
            texts.add(text(p[0], p[1], depth));
        }
        return texts;
    }

    private String text(int from, int to, int depth) {
        MappedText t = new MappedText();
        render(from, to, t, depth + 1);
        return t.toString().strip().replaceAll("\\s+", " ");
    }

    private void readInfobox(Map<String, int[]> named, int depth) {
        if (infoboxSeen) {
            return;
        }
        infoboxSeen = true;
        named.forEach((key, range) -> {
            String file = fileName(range[0], range[1]);
            String value = file != null ? file : text(range[0], range[1], depth);
            if (!value.isEmpty()) {
                infobox.put(key, value);
            }
        });
    }

    /** The file a value names by a [[File:…]] link, or null. */
    private String fileName(int from, int to) {
        String v = stripComments(s.substring(from, to)).strip();
        if (!v.startsWith("[[")) {
            return null;
        }
        int colon = v.indexOf(':');
        int end = v.length();
        for (String stop : List.of("|", "]]")) {
            int k = v.indexOf(stop);
            if (k >= 0) {
                end = Math.min(end, k);
            }
        }
        if (colon < 0 || colon > end || !FILE_OR_CATEGORY.contains(v.substring(2, colon).strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return v.substring(colon + 1, end).strip();
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?s)<!--.*?-->", "");
    }

    /** The parts of a template or link between {@code from} and {@code to}, split at "|" outside nested markup. */
    private List<int[]> split(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            int skip = skipNested(i);
            if (skip > i) {
                i = skip;
            } else if (s.charAt(i) == '|') {
                parts.add(new int[] {start, i});
                start = ++i;
            } else {
                i++;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    /** Where the nested template, link or comment starting at {@code i} ends, or {@code i} when none starts there. */
    private int skipNested(int i) {
        if (s.startsWith("{{", i) && brackets.templateEnd(i) >= 0) {
            return brackets.templateEnd(i) + 2;
        }
        if (s.startsWith("[[", i) && brackets.linkEnd(i) >= 0) {
            return brackets.linkEnd(i) + 2;
        }
        if (s.startsWith("<!--", i)) {
            int end = s.indexOf("-->", i);
            return end < 0 ? s.length() : end + 3;
        }
        return i;
    }

    private int topLevelEquals(int from, int to) {
        int i = from;
        while (i < to) {
            int skip = skipNested(i);
            if (skip > i) {
                return -1; // a named parameter's name holds no markup
            }
            if (s.charAt(i) == '=') {
                return i;
            }
            i++;
        }
        return -1;
    }

    // --- links

    private int link(int i, int to, MappedText out, int depth) {
        int close = brackets.linkEnd(i);
        if (close < 0 || close + 2 > to) {
            return i + 2; // an unclosed "[[" shows as it is in MediaWiki; the brackets say nothing
        }
        List<int[]> parts = split(i + 2, close);
        int[] target = parts.get(0);
        int t = target[0];
        while (t < target[1] && Character.isWhitespace(s.charAt(t))) {
            t++;
        }
        boolean colonLink = t < target[1] && s.charAt(t) == ':';
        if (colonLink) {
            t++;
        }
        String written = s.substring(t, target[1]).strip();
        int colon = written.indexOf(':');
        String prefix = colon > 0 ? written.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
        if (!colonLink && (FILE_OR_CATEGORY.contains(prefix)
                || parts.size() == 1 && prefix.matches("[a-z]{2,3}(-[a-z]{2,8})*"))) {
            return close + 2; // a picture, a category or an interlanguage link: not prose
        }
        if (parts.size() > 1) {
            int[] label = parts.get(parts.size() - 1);
            if (s.substring(label[0], label[1]).isBlank()) {
                out.replace(written.replaceFirst("\\s*\\([^)]*\\)$", "").replaceFirst("^[^:]*:", ""), i, close + 2);
            } else {
                render(label[0], label[1], out, depth + 1);
            }
        } else {
            render(t, target[1], out, depth + 1);
        }
        return close + 2;
    }

    private int externalLink(int i, int to, MappedText out, int depth, int run) {
        boolean url = false;
        for (String start : URL_STARTS) {
            url |= s.regionMatches(true, i + 1, start, 0, start.length());
        }
        if (!url) {
            return -1;
        }
        int close = i + 1;
        while (close < to && s.charAt(close) != ']' && s.charAt(close) != '\n') {
            close++;
        }
        if (close >= to || s.charAt(close) != ']') {
            return -1;
        }
        out.copy(s, run, i);
        int space = i + 1;
        while (space < close && !Character.isWhitespace(s.charAt(space))) {
            space++;
        }
        if (space < close) {
            render(space + 1, close, out, depth + 1);
        }
        return close + 1;
    }

    // --- entities and magic words

    private int entity(int i, int to, MappedText out, int run) {
        int semi = i + 1;
        while (semi < to && semi - i <= 10 && (Character.isLetterOrDigit(s.charAt(semi)) || s.charAt(semi) == '#')) {
            semi++;
        }
        if (semi >= to || s.charAt(semi) != ';' || semi == i + 1) {
            return -1;
        }
        String written = s.substring(i, semi + 1);
        String decoded = Parser.unescapeEntities(written, false);
        if (decoded.equals(written)) {
            return -1;
        }
        out.copy(s, run, i);
        out.replace(decoded.replace('\u00A0', ' '), i, semi + 1);
        return semi + 1;
    }

    private int magicWord(int i, int to, MappedText out, int run) {
        if (!s.startsWith("__", i)) {
            return -1;
        }
        int j = i + 2;
        while (j < to && j - i < 40 && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
            j++;
        }
        if (j == i + 2 || !s.startsWith("__", j)) {
            return -1;
        }
        out.copy(s, run, i);
        return j + 2;
    }

    // --- tables

    /** Skips a table ("{|" to its "|}", nested ones included) and reports it: tables are not read yet. */
    private int table(int i, int to) {
        int depth = 0;
        int rows = 0;
        int lineStart = i;
        while (lineStart < to) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            String line = s.substring(lineStart, lineEnd).strip();
            if (line.startsWith("{|")) {
                depth++;
            } else if (line.startsWith("|}")) {
                depth--;
            } else if (line.startsWith("|-") && depth == 1) {
                rows++;
            }
            if (depth == 0) {
                problems.add(i, "table", "a table" + (rows > 0 ? " of " + rows + " rows" : "")
                        + " is left out: Annals does not read tables yet");
                return lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        problems.add(i, "table", "a table is never closed ('|}'); the rest of the text is left out");
        return to;
    }
}
