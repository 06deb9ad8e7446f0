package dev.annals.loader;

import dev.annals.model.Problem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the article markup: "= Title =", "== Section ==" headings (spaces inside optional), an
 * "Infobox" line followed by "- Key: value" lines, "- " bullets and prose lines. Markup it cannot
 * read as intended is reported as a {@link Problem} and read as well as it can be.
 */
final class ArticleParser {
    /** MediaWiki's deepest heading; deeper ones are read at this level, so sections nest at most this deep. */
    static final int MAX_LEVEL = 6;
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+");

    private final Problems problems = new Problems();
    private final SharedValues shared = new SharedValues();

    Article parse(SourceText source) {
        List<String> lines = source.lines();
        String title = null;
        Map<String, String> infobox = new LinkedHashMap<>();
        Section lead = new Section("", 1, 1);
        Deque<Section> open = new ArrayDeque<>();
        open.push(lead);
        TextLines.Builder bullets = new TextLines.Builder();
        boolean inInfobox = false;
        boolean seenContent = false;

        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String raw = lines.get(i);
            String line = raw.strip();
            int column = leadingWhitespace(raw) + 1;
            boolean isBullet = !line.isEmpty() && "-*•".indexOf(line.charAt(0)) >= 0 && BULLET.matcher(line).find();
            if (!isBullet || line.isEmpty()) {
                flushBullets(open.peek(), bullets);
            }
            if (line.isEmpty()) {
                inInfobox = false;
                continue;
            }
            if (line.startsWith("=")) {
                inInfobox = false;
                Heading h = heading(line, number);
                if (h == null) {
                    continue;
                }
                if (h.level == 1 && title == null && !seenContent) {
                    title = h.text;
                } else {
                    int level = Math.max(2, h.level);
                    if (h.level == 1) {
                        problems.add(new Problem(number, "markup",
                                "a second title line '" + line + "'; read as a section"));
                    }
                    while (open.peek().level() >= level) {
                        open.pop();
                    }
                    Section section = new Section(h.text, level, number);
                    open.peek().children().add(section);
                    open.push(section);
                }
                seenContent = true;
                continue;
            }
            seenContent = true;
            if (line.equalsIgnoreCase("infobox")) {
                inInfobox = true;
                continue;
            }
            if (isBullet) {
                Matcher m = BULLET.matcher(line);
                m.find();
                String item = shared.share(line.substring(m.end())); // a list may repeat its items a million times
                if (inInfobox) {
                    addInfoboxEntry(infobox, item, number);
                } else {
                    bullets.add(number, column + m.end(), item);
                }
                continue;
            }
            inInfobox = false;
            open.peek().blocks().add(new Block.Paragraph(new TextLine(number, column, shared.share(line))));
        }
        flushBullets(open.peek(), bullets);
        if (title == null) {
            title = Article.titleFromFileName(source.fileName(), source.lines());
            problems.add(new Problem(1, "markup",
                    "no '= Title =' line at the top; the file name gives the title \"" + title + "\""));
        }
        return new Article(title, infobox, lead, problems.list());
    }

    private record Heading(String text, int level) {
    }

    /**
     * The heading of a line that starts with '=': the run of '=' before the text sets the level, the run
     * after it closes it. Read without a regular expression, which backtracked on long runs of spaces.
     */
    private Heading heading(String line, int number) {
        int left = 0;
        while (left < line.length() && line.charAt(left) == '=') {
            left++;
        }
        int close = line.length();
        while (close > left && line.charAt(close - 1) == '=') {
            close--;
        }
        int right = line.length() - close;
        String opening = line.substring(0, left);
        String text = line.substring(left, close).strip();
        if (text.isEmpty()) {
            problems.add(new Problem(number, "markup", "a heading with no text; skipped"));
            return null;
        }
        int level = Math.min(left, MAX_LEVEL);
        if (right == 0) {
            problems.add(new Problem(number, "markup",
                    "heading '" + text + "' is not closed with '" + opening + "'; read as a level-" + level + " heading"));
        } else if (left != right) {
            problems.add(new Problem(number, "markup", "heading '" + text + "' has " + left
                    + " '=' before and " + right + " after; read as a level-" + level + " heading"));
        } else if (left > MAX_LEVEL) {
            problems.add(new Problem(number, "markup", "heading '" + text + "' has " + left
                    + " '=' on each side; headings go " + MAX_LEVEL + " levels deep, so it is read as a level-"
                    + MAX_LEVEL + " heading"));
        }
        return new Heading(text, level);
    }

    private void addInfoboxEntry(Map<String, String> infobox, String item, int number) {
        int colon = item.indexOf(':');
        if (colon > 0 && !item.substring(0, colon).isBlank()) {
            infobox.put(item.substring(0, colon).strip(), item.substring(colon + 1).strip());
        } else {
            problems.add(new Problem(number, "markup",
                    "infobox line '" + item + "' has no 'Key: value'; skipped"));
        }
    }

    private static void flushBullets(Section section, TextLines.Builder bullets) {
        if (!bullets.isEmpty()) {
            section.blocks().add(new Block.Bullets(bullets.build()));
        }
    }

    private static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
