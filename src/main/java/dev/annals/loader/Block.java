package dev.annals.loader;

import java.util.List;

/** A block of a section: a paragraph (one line of prose) or a list of bullets. */
public sealed interface Block {
    /** One line of prose, which may hold several sentences. */
    record Paragraph(TextLine text) implements Block {
    }

    /** Consecutive "- item" lines. */
    record Bullets(List<TextLine> items) implements Block {
        public Bullets {
            items = items instanceof TextLines compact ? compact : List.copyOf(items); // already unchangeable
        }
    }
}
