package dev.annals.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who belonged to an organisation on any day, from its accession dates. The dates of an organisation
 * named N are bundled as {@code /data/n-accessions.tsv} (lower case, runs of anything but letters and
 * digits as one hyphen: "NATO" → {@code nato-accessions.tsv}); adding a file adds an organisation.
 * Withdrawals are not modelled: no NATO member has left.
 */
public final class Membership {
    private final String organisation;
    private final List<Accession> accessions;

    Membership(String organisation, List<Accession> accessions) {
        this.organisation = organisation;
        this.accessions = accessions.stream().sorted(Comparator.comparing(Accession::date)).toList();
    }

    /** The bundled dates for an organisation (as the locator names it: "NATO"), if there are any. */
    public static Optional<Membership> of(String organisation) {
        if (organisation == null || organisation.isBlank()) {
            return Optional.empty();
        }
        String resource = "/data/" + resourceKey(organisation) + "-accessions.tsv";
        try (InputStream in = Membership.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(organisation, new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads tab-separated rows {@code iso name date source} after one header row; lines starting with
     * {@code #} and blank lines are skipped.
     */
    static Membership read(String organisation, Reader in) throws IOException {
        List<Accession> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(in);
        boolean header = true;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IOException("line " + lineNumber + ": expected 4 tab-separated fields, found " + f.length);
            }
            try {
                rows.add(new Accession(f[0], f[1], LocalDate.parse(f[2]), f[3]));
            } catch (DateTimeParseException e) {
                throw new IOException("line " + lineNumber + ": not a date (YYYY-MM-DD): " + f[2], e);
            }
        }
        return new Membership(organisation, rows);
    }

    public String organisation() {
        return organisation;
    }

    /** Every accession, earliest first. */
    public List<Accession> accessions() {
        return accessions;
    }

    /** ISO codes of the members on {@code date}: those that had joined on or before it. */
    public Set<String> membersOn(LocalDate date) {
        Set<String> members = new LinkedHashSet<>();
        for (Accession a : accessions) {
            if (a.date().isAfter(date)) {
                break;
            }
            members.add(a.iso());
        }
        return members;
    }

    /** The day the state with this ISO code joined, if it has. */
    public Optional<LocalDate> memberSince(String iso) {
        return accessions.stream().filter(a -> a.iso().equals(iso)).map(Accession::date).findFirst();
    }

    static String resourceKey(String organisation) {
        return organisation.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
