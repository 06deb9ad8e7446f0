package dev.annals.model;

import java.util.Objects;

/** A stretch of years that the article gives a heading of its own ("=== 2008–2009 ==="). */
public record Period(String id, String label, PartialDate start, PartialDate end, int line) {
    public Period {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
