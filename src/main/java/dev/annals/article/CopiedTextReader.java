package dev.annals.article;

import dev.annals.loader.Article;
import dev.annals.loader.SourceText;
import dev.annals.loader.TextLine;
import dev.annals.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article as a browser copies it from a page: no markup, the title on the first line, a
 * heading as a short line without final punctuation (marked "[edit]" on Wikipedia), list items as
 * short lines after a line ending in a colon or after a heading. "[edit]" and note marks ("[12]",
 * "[a]", "[citation needed]") are dropped, and so are the "Contents" block and everything from the
 * "References" heading on.
 */
public final class CopiedTextReader {
    private static final Pattern MARKS = Pattern.compile(
            "\\[(?:\\d{1,4}|[a-z]{1,2}|edit|edit source|citation needed|[A-Za-z ]{1,40} needed|note \\d{1,3}"
                    + "|nb \\d{1,3}|[a-z]{1,12} \\d{1,3}|when\\?|who\\?|which\\?|dead link|failed verification)\\]");
    private static final Pattern EDIT = Pattern.compile("\\[edit(?: source)?\\]");
    private static final Pattern TOC_LINE = Pattern.compile(
            "\\d{1,2}(?:\\.\\d{1,2})*\\s+\\S.*|\\(Top\\)|hide|show|\\[hide\\]|\\[show\\]|Toggle .*");
    private static final Pattern YEARS = Pattern.compile("\\d{3,4}(?:s|\\s*[–-]\\s*(?:\\d{2}|\\d{4}|present))?");
    /** Lines of the page around the article that a copy of the whole page brings along. */
    private static final Pattern CHROME = Pattern.compile("From Wikipedia, the free encyclopedia|Jump to navigation"
            + "|Jump to search|Jump to content|\\(Redirected from .*\\)|Coordinates: .*|This article is about .*"
            + "|For other uses, see .*|Not to be confused with .*");
    private static final Pattern BULLET = Pattern.compile("^[•·*–-]\\s+");
    private static final int HEADING_CHARS = 80;
    private static final int HEADING_WORDS = 10;

    private CopiedTextReader() {
    }

    public static Article read(SourceText source) {
        List<String> lines = source.lines();
        LineTable origin = new LineTable(lines);
        String text = String.join("\n", lines);
        int[] starts = new int[lines.size()];
        for (int i = 1; i < lines.size(); i++) {
            starts[i] = starts[i - 1] + lines.get(i - 1).length() + 1;
        }
        List<Problem> problems = new ArrayList<>(source.problems());
        SectionTree tree = new SectionTree();
        String title = null;
        boolean inList = false; // after a heading or a line ending in a colon, until a blank line after its items
        int items = 0;
        boolean blankSinceItem = false;
        int level2 = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String plain = MARKS.matcher(raw).replaceAll("").strip();
            if (plain.isEmpty() || CHROME.matcher(plain).matches()) {
                inList = inList && items == 0;
                blankSinceItem = true;
                continue;
            }
            if (title == null) {
                title = plain;
                continue;
            }
            if (plain.equals("Contents") || plain.matches("Contents\\s*\\[?hide\\]?")) {
                while (i + 1 < lines.size() && (lines.get(i + 1).isBlank() || TOC_LINE.matcher(lines.get(i + 1).strip()).matches())) {
                    i++;
                }
                continue;
            }
            boolean edit = EDIT.matcher(raw).find();
            boolean candidate = edit || isHeadingLike(plain);
            if (candidate && SourceSections.PATTERN.matcher(plain).matches()) {
                break; // the references and what follows them are not the article
            }
            TextLine line = clean(text, starts[i], starts[i] + raw.length(), origin);
            Matcher bullet = BULLET.matcher(plain);
            boolean yearHeading = YEARS.matcher(plain).matches();
            boolean continuesItems = inList && items > 0 && !blankSinceItem;
            if (bullet.find()) {
                tree.bullet(clean(text, starts[i] + raw.indexOf(plain.charAt(bullet.end())), starts[i] + raw.length(), origin));
            } else if (edit || yearHeading && candidate || candidate && !inList) {
                int level = yearHeading && level2 > 0 ? 3 : 2;
                tree.heading(line.text(), level, line.line());
                if (level == 2) {
                    level2++;
                }
                inList = !yearHeading;
                items = 0;
                continue;
            } else if (continuesItems || inList && (candidate || plain.length() <= 200 && !plain.matches(".*[.!?]\\s*$"))) {
                tree.bullet(line);
            } else {
                tree.paragraph(line);
                inList = plain.endsWith(":");
                items = 0;
                blankSinceItem = false;
                continue;
            }
            items++;
            blankSinceItem = false;
        }
        if (title == null) {
            title = source.fileName() == null ? "Pasted article" : Article.titleFromFileName(source.fileName(), source.lines());
        }
        return new Article(title, new LinkedHashMap<>(), tree.lead(), problems);
    }

    /** A short line with no final punctuation that starts with a capital or a digit. */
    private static boolean isHeadingLike(String line) {
        if (line.length() > HEADING_CHARS || line.split("\\s+").length > HEADING_WORDS) {
            return false;
        }
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && ".!?:;,\"”…".indexOf(last) < 0;
    }

    /** The line without its marks, mapped to where its characters are in the file. */
    private static TextLine clean(String text, int from, int to, Origin origin) {
        MappedText out = new MappedText();
        Matcher m = MARKS.matcher(text).region(from, to);
        int run = from;
        while (m.find()) {
            out.copy(text, run, m.start());
            run = m.end();
        }
        out.copy(text, run, to);
        return out.line(0, out.length(), origin);
    }
}
