package dev.annals.geo;

import dev.annals.model.BundledTable;
import dev.annals.model.Country;
import dev.annals.model.CountryTable;
import dev.annals.model.Locator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article's locator description resolved against the atlas: which state is the subject, which are
 * members as the article lists them or on any day, and which names found no shape. The window's map
 * panel and the PDF colour every shape by {@link #roleOf(CountryShape, Set)}.
 */
public final class LocatorMap {
    private final Locator locator;
    private final CountryMatcher matcher;
    private final Optional<Membership> membership;
    private final Optional<Country> subject;
    private final CountryMatcher.Matches members;
    /** Atlas names of member states' territories that the organisation does not cover (Greenland for the EU). */
    private final Set<String> uncovered;

    private LocatorMap(Locator locator, CountryMatcher matcher) {
        this.locator = locator;
        this.matcher = matcher;
        this.membership = Membership.of(locator.organisation());
        this.subject = matcher.country(locator.subject()).filter(c -> !matcher.shapes(c).isEmpty());
        this.members = matcher.match(locator.memberStates());
        this.uncovered = uncoveredBy(locator.organisation());
    }

    private static Set<String> uncoveredBy(String organisation) {
        return organisation == null ? Set.of()
                : UncoveredTerritories.BY_ORGANISATION.getOrDefault(Membership.resourceKey(organisation), Set.of());
    }

    /** The bundled table of uncovered territories, by organisation key; read once, when first needed. */
    private static final class UncoveredTerritories {
        static final Map<String, Set<String>> BY_ORGANISATION = read();

        private static Map<String, Set<String>> read() {
            Map<String, Set<String>> byOrganisation = new HashMap<>();
            for (String[] row : BundledTable.rows("/data/uncovered-territories.tsv", true)) {
                byOrganisation.computeIfAbsent(Membership.resourceKey(row[0]), k -> new HashSet<>()).add(row[1]);
            }
            return byOrganisation;
        }
    }

    /** The locator matched to the map, with the bundled accession dates of its organisation if there are any. */
    public static LocatorMap of(Locator locator, CountryMatcher matcher) {
        return new LocatorMap(Objects.requireNonNull(locator, "locator"), matcher);
    }

    public Locator locator() {
        return locator;
    }

    /** The subject state, when the locator names one that is on the map. */
    public Optional<Country> subject() {
        return subject;
    }

    /** The accession dates of the locator's organisation; without them the map can only show the list. */
    public Optional<Membership> membership() {
        return membership;
    }

    /** Names the locator gives (subject and member states) that found no shape, to report, never to drop silently. */
    public List<String> unmatched() {
        List<String> names = new ArrayList<>();
        if (locator.subject() != null && subject.isEmpty()) {
            names.add(locator.subject());
        }
        names.addAll(members.unmatched());
        return names;
    }

    /** ISO codes of the member states as the article lists them (the "as listed in the article" view). */
    public Set<String> membersAsListed() {
        Set<String> isos = new LinkedHashSet<>();
        members.matched().values().forEach(c -> isos.add(c.iso()));
        return isos;
    }

    /**
     * True when a listed member or the subject lies outside {@code view} (the United States and Canada
     * outside Europe): a map of that view then needs its inset. A state counts by the centre of its
     * largest ring, as the bounding box of the United States spans Europe's.
     */
    public boolean reachesOutside(ProjectedMap view) {
        Set<String> isos = new HashSet<>(membersAsListed());
        subject.ifPresent(c -> isos.add(c.iso()));
        Bounds frame = view.frame();
        for (Country country : CountryTable.standard().all()) {
            if (isos.contains(country.iso()) && !matcher.shapes(country).isEmpty()) {
                boolean inside = view.shape(matcher.shapes(country).get(0))
                        .map(p -> p.labelX() >= frame.minX() && p.labelX() <= frame.maxX()
                                && p.labelY() >= frame.minY() && p.labelY() <= frame.maxY())
                        .orElse(false);
                if (!inside) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ISO codes of the members on {@code date}; the article's list when the organisation's dates are not bundled. */
    public Set<String> membersOn(LocalDate date) {
        return membership.map(m -> m.membersOn(date)).orElseGet(this::membersAsListed);
    }

    /**
     * The role of a shape, territories taking their state's unless the organisation does not cover them,
     * given the members shown ({@code membersOn} or {@code membersAsListed}).
     */
    public Role roleOf(CountryShape shape, Set<String> members) {
        Optional<Country> state = matcher.stateOf(shape);
        if (state.isEmpty()) {
            return Role.OTHER;
        }
        if (subject.isPresent() && subject.get().iso().equals(state.get().iso())) {
            return Role.SUBJECT;
        }
        boolean covered = !uncovered.contains(shape.atlasName());
        return covered && members.contains(state.get().iso()) ? Role.MEMBER : Role.OTHER;
    }

    /** The day the shape's state joined the organisation (for a tooltip), if it has and the dates are known. */
    public Optional<LocalDate> memberSince(CountryShape shape) {
        if (uncovered.contains(shape.atlasName())) {
            return Optional.empty();
        }
        return membership.flatMap(m -> matcher.stateOf(shape).flatMap(c -> m.memberSince(c.iso())));
    }

    /** One line for logs and {@code info}: "32/32 member states matched, subject Belarus matched". */
    public String summary() {
        int listed = locator.memberStates().size();
        StringBuilder line = new StringBuilder()
                .append(listed - members.unmatched().size()).append('/').append(listed).append(" member states matched");
        if (!members.unmatched().isEmpty()) {
            line.append(" (not on the map: ").append(String.join(", ", members.unmatched())).append(')');
        }
        if (locator.subject() == null) {
            line.append(", no subject");
        } else {
            line.append(", subject ").append(locator.subject()).append(subject.isPresent() ? " matched" : " not matched");
        }
        return line.toString();
    }
}
