package dev.annals.loader;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading and what stands under it: blocks of its own, then sub-sections. The lead of the article
 * (before the first heading) is a section with an empty heading at level 1.
 */
public final class Section {
    private final String heading;
    private final int level;
    private final int line;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> children = new ArrayList<>();

    public Section(String heading, int level, int line) {
        this.heading = heading;
        this.level = level;
        this.line = line;
    }

    public String heading() {
        return heading;
    }

    public int level() {
        return level;
    }

    public int line() {
        return line;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Section> children() {
        return children;
    }
}
