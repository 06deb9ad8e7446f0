package dev.annals.article;

import dev.annals.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a front end left out or could not read, kept by source offset until the lines are known: one
 * problem per kind of unread template (with how often it occurs) and per skipped table.
 */
final class ProblemLog {
    private record Entry(int offset, String kind, String message) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, int[]> templates = new LinkedHashMap<>();

    void add(int offset, String kind, String message) {
        entries.add(new Entry(offset, kind, message));
    }

    /** An unknown template, counted by name: its text is left out. */
    void unknownTemplate(String name, int offset) {
        templates.computeIfAbsent(name, n -> new int[] {0, offset})[0]++;
    }

    List<Problem> problems(Origin origin) {
        List<Problem> problems = new ArrayList<>();
        for (Entry e : entries) {
            problems.add(new Problem(line(origin, e.offset), e.kind, e.message));
        }
        templates.forEach((name, seen) -> problems.add(new Problem(line(origin, seen[1]), "template",
                "{{" + name + "}} is not a template Annals reads; left out"
                        + (seen[0] > 1 ? " (" + seen[0] + " times)" : ""))));
        return problems;
    }

    private static int line(Origin origin, int offset) {
        return origin.span(offset, offset).line();
    }
}
