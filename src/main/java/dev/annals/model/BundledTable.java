package dev.annals.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tab-separated table that ships in the application's data (countries, capitals, categories, …):
 * lines that start with '#' describe it and blank lines are skipped. Missing data is a broken build,
 * not a user's problem, so it fails loudly.
 */
public final class BundledTable {
    private BundledTable() {
    }

    /** The rows of {@code resource} split at tabs (empty fields kept), without its header row when it has one. */
    public static List<String[]> rows(String resource, boolean header) {
        try (InputStream in = BundledTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .skip(header ? 1 : 0)
                    .map(l -> l.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
