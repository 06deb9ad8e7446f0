package dev.annals.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import java.util.HashMap;
import java.util.Map;

/** Shares equal short strings read from one file, so repeated names and headings are stored once. */
final class StringPool {
    /** The reader attribute under which each read keeps its own pool. */
    static final String ATTRIBUTE = StringPool.class.getName();

    private static final int LONGEST_SHARED = 48;
    private final Map<String, String> strings = new HashMap<>();

    /** The pool of the read in progress (one is made when the reader was not given one). */
    static StringPool of(DeserializationContext ctx) {
        Object pool = ctx.getAttribute(ATTRIBUTE);
        if (pool instanceof StringPool p) {
            return p;
        }
        StringPool fresh = new StringPool();
        ctx.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    String share(String s) {
        if (s == null || s.length() > LONGEST_SHARED) {
            return s;
        }
        String shared = strings.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }
}
