package dev.annals.loader;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading and what stands under it: blocks of its own, then sub-sections. The lead of the article
 * (before the first heading) is a section with an empty heading at level 1.
 */
final class Section {
    private final String heading;
    private final int level;
    private final int line;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> children = new ArrayList<>();

    Section(String heading, int level, int line) {
        this.heading = heading;
        this.level = level;
        this.line = line;
    }

    String heading() {
        return heading;
    }

    int level() {
        return level;
    }

    int line() {
        return line;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Section> children() {
        return children;
    }
}
