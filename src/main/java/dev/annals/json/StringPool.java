package dev.annals.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal short strings and small values (dates, entity lists) read from one file, so what repeats
 * across events is stored once: less memory, and less work for the garbage collector.
 */
final class StringPool {
    /** The reader attribute under which each read keeps its own pool. */
    static final String ATTRIBUTE = StringPool.class.getName();

    /** Longer strings are rarely repeated; sharing them would only cost lookups. */
    static final int LONGEST_SHARED = 48;
    private final Map<String, String> strings = new HashMap<>();
    private final Map<Object, Object> values = new HashMap<>();

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

    /** The one instance of an equal value read before (dates, entity lists), or this one. */
    @SuppressWarnings("unchecked")
    <T> T shareValue(T value) {
        Object shared = values.putIfAbsent(value, value);
        return shared == null ? value : (T) shared;
    }

    String share(String s) {
        if (s == null || s.length() > LONGEST_SHARED) {
            return s;
        }
        String shared = strings.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }
}
