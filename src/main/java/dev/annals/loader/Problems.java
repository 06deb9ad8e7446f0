package dev.annals.loader;

import dev.annals.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The problems met in one article, at most {@link #PER_KIND} of each kind and then how many more: a
 * file of a million undated lines is told about the first ones, not a million times (which took
 * gigabytes of memory and as many lines on stderr).
 */
final class Problems {
    static final int PER_KIND = 1_000;

    /** The problems left out of one kind: how many, and the line of the first. */
    private static final class Omitted {
        int count;
        int firstLine;
    }

    private final List<Problem> kept = new ArrayList<>();
    private final Map<String, Integer> keptPerKind = new LinkedHashMap<>();
    private final Map<String, Omitted> omitted = new LinkedHashMap<>();

    void add(Problem p) {
        int n = keptPerKind.merge(p.kind(), 1, Integer::sum);
        if (n <= PER_KIND) {
            kept.add(p);
            return;
        }
        Omitted o = omitted.computeIfAbsent(p.kind(), k -> new Omitted());
        if (o.count++ == 0) {
            o.firstLine = p.line();
        }
    }

    /** The problems by line, each kind that was cut short followed by one line saying how many more there were. */
    List<Problem> list() {
        List<Problem> all = new ArrayList<>(kept);
        omitted.forEach((kind, o) -> all.add(new Problem(o.firstLine, kind, String.format(Locale.ROOT,
                "%,d more problems of this kind from here on are not listed (only the first %,d of each kind are)",
                o.count, PER_KIND))));
        all.sort(Comparator.comparingInt(Problem::line));
        return all;
    }
}
