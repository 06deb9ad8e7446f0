package dev.annals.layout;

import java.util.ArrayList;
import java.util.List;

/** The label rows of one picture: which stretches of each row labels have taken, left to right. */
final class LabelRows {
    private final List<List<double[]>> rows = new ArrayList<>();

    LabelRows(int count) {
        for (int r = 0; r < count; r++) {
            rows.add(new ArrayList<>());
        }
    }

    /** The first row whose labels all end before {@code from}, or -1. Labels are taken left to right. */
    int firstFree(double from) {
        for (int r = 0; r < rows.size(); r++) {
            List<double[]> row = rows.get(r);
            if (row.isEmpty() || row.get(row.size() - 1)[1] <= from) {
                return r;
            }
        }
        return -1;
    }

    /** The first row where [from, to) with {@code gap} on both sides touches no label, or -1. */
    int firstFreeBetween(double from, double to, double gap) {
        for (int r = 0; r < rows.size(); r++) {
            if (roomAfter(r, from - gap) >= to + gap && endBefore(r, to + gap) <= from - gap) {
                return r;
            }
        }
        return -1;
    }

    /** Takes [from, to) of {@code row}; the returned stretch may be widened later, up to the next one. */
    double[] take(int row, double from, double to) {
        double[] stretch = {from, to};
        rows.get(row).add(stretch);
        return stretch;
    }

    /** Where the first label of {@code row} starting at or after {@code x} begins; infinity when none does. */
    double roomAfter(int row, double x) {
        for (double[] taken : rows.get(row)) {
            if (taken[0] >= x) {
                return taken[0];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Where the last label of {@code row} starting before {@code x} ends; minus infinity when none does. */
    private double endBefore(int row, double x) {
        double end = Double.NEGATIVE_INFINITY;
        for (double[] taken : rows.get(row)) {
            if (taken[0] < x) {
                end = Math.max(end, taken[1]);
            }
        }
        return end;
    }
}
