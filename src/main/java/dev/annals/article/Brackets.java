package dev.annals.article;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Pairs every "{{" with its "}}" and every "[[" with its "]]" in one pass, outside comments, so that
 * finding the end of a template or link never rescans the text (an unclosed one must not make reading
 * quadratic).
 */
final class Brackets {
    private final Map<Integer, Integer> templateEnd = new HashMap<>();
    private final Map<Integer, Integer> linkEnd = new HashMap<>();

    Brackets(String s) {
        Deque<Integer> templates = new ArrayDeque<>();
        Deque<Integer> links = new ArrayDeque<>();
        int n = s.length();
        int i = 0;
        while (i < n - 1) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if (c == '<' && s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (c == '{' && d == '{') {
                templates.push(i);
                i += 2;
            } else if (c == '}' && d == '}' && !templates.isEmpty()) {
                templateEnd.put(templates.pop(), i);
                i += 2;
            } else if (c == '[' && d == '[') {
                links.push(i);
                i += 2;
            } else if (c == ']' && d == ']' && !links.isEmpty()) {
                linkEnd.put(links.pop(), i);
                i += 2;
            } else {
                i++;
            }
        }
    }

    /** Where the "}}" of the template opened at {@code open} starts, or -1 when it is never closed. */
    int templateEnd(int open) {
        return templateEnd.getOrDefault(open, -1);
    }

    /** Where the "]]" of the link opened at {@code open} starts, or -1 when it is never closed. */
    int linkEnd(int open) {
        return linkEnd.getOrDefault(open, -1);
    }
}
