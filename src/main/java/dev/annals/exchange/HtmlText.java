package dev.annals.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text to and from the HTML that TimelineJS shows in its headlines and texts. Writing escapes
 * {@code & < >} and puts an event's bullet items in a list; reading takes list items back as items, turns
 * paragraphs and line breaks into new lines, drops other tags and decodes character references.
 */
final class HtmlText {
    private static final Pattern LIST = Pattern.compile("(?is)<(ul|ol)\\b[^>]*>(.*?)</\\1\\s*>");
    private static final Pattern ITEM = Pattern.compile("(?is)<li\\b[^>]*>(.*?)(?:</li\\s*>|(?=<li\\b)|$)");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?p\\b[^>]*>|</?div\\b[^>]*>");
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \t]*\n[ \t\n]*");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "ndash", "–", "mdash", "—");

    /** Text read from HTML: the text, the items of its lists, and whether other markup had to be dropped. */
    record Plain(String text, List<String> items, boolean droppedMarkup) {
    }

    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The sentence, and its bullet items as an HTML list after it. */
    static String withItems(String text, List<String> items) {
        if (items.isEmpty()) {
            return escape(text);
        }
        StringBuilder out = new StringBuilder(escape(text)).append("<ul>");
        items.forEach(item -> out.append("<li>").append(escape(item)).append("</li>"));
        return out.append("</ul>").toString();
    }

    static Plain read(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return new Plain(html.strip(), List.of(), false);
        }
        List<String> items = new ArrayList<>();
        Matcher lists = LIST.matcher(html);
        StringBuilder rest = new StringBuilder();
        while (lists.find()) {
            Matcher item = ITEM.matcher(lists.group(2));
            while (item.find()) {
                items.add(inline(item.group(1)));
            }
            lists.appendReplacement(rest, "\n");
        }
        lists.appendTail(rest);
        String text = BREAK.matcher(rest).replaceAll("\n");
        boolean dropped = TAG.matcher(text).find();
        text = decode(TAG.matcher(text).replaceAll(""));
        return new Plain(LINE_BREAKS.matcher(text).replaceAll("\n").strip(), List.copyOf(items), dropped);
    }

    private static String inline(String html) {
        return decode(TAG.matcher(BREAK.matcher(html).replaceAll(" ")).replaceAll("")).strip();
    }

    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String decoded;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                decoded = codePoint(Integer.parseInt(ref.substring(2), 16), m.group());
            } else if (ref.startsWith("#")) {
                decoded = codePoint(Integer.parseInt(ref.substring(1)), m.group());
            } else {
                decoded = NAMED.getOrDefault(ref, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp, String asWritten) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : asWritten;
    }
}
