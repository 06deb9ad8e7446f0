package dev.annals.article;

import dev.annals.loader.Block;
import dev.annals.loader.Section;
import dev.annals.loader.TextLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds the section tree of a document block by block, as every front end reads it: a heading closes
 * the sections of its level and deeper, paragraphs and bullets go to the section open at the time.
 */
final class SectionTree {
    private final Section lead = new Section("", 1, 1);
    private final Deque<Section> open = new ArrayDeque<>();
    private final List<TextLine> bullets = new ArrayList<>();

    SectionTree() {
        open.push(lead);
    }

    /** A heading of level 2 or deeper (a level-1 heading in the body is read as level 2). */
    void heading(String text, int level, int line) {
        endBullets();
        int l = Math.max(2, level);
        while (open.peek().level() >= l) {
            open.pop();
        }
        Section section = new Section(text, l, line);
        open.peek().children().add(section);
        open.push(section);
    }

    void paragraph(TextLine text) {
        endBullets();
        if (text != null) {
            open.peek().blocks().add(new Block.Paragraph(text));
        }
    }

    void bullet(TextLine item) {
        if (item != null) {
            bullets.add(item);
        }
    }

    /** Ends a run of bullets, as a blank line or any other block does. */
    void endBullets() {
        if (!bullets.isEmpty()) {
            open.peek().blocks().add(new Block.Bullets(bullets));
            bullets.clear();
        }
    }

    Section lead() {
        endBullets();
        return lead;
    }
}
