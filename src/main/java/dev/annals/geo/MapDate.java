package dev.annals.geo;

import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which membership a locator map shows: the states the article lists, or those that were members on
 * a day. A day can be exact (an event dated to the day, the end of an exported period), the first day
 * of a month or year an event names ("as of"), or today when no event is selected.
 */
public record MapDate(Kind kind, LocalDate day) {
    /** How the day came about, which the title says. */
    public enum Kind { AS_LISTED, ON_DAY, AS_OF, TODAY }

    public MapDate {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.AS_LISTED) != (day == null)) {
            throw new IllegalArgumentException(kind + " with day " + day);
        }
    }

    /** The member states as the article lists them. */
    public static MapDate asListed() {
        return new MapDate(Kind.AS_LISTED, null);
    }

    /** Membership on an exact day. */
    public static MapDate on(LocalDate day) {
        return new MapDate(Kind.ON_DAY, day);
    }

    /** Membership on today's date, when nothing else chooses one. */
    public static MapDate today(LocalDate today) {
        return new MapDate(Kind.TODAY, today);
    }

    /** Membership at an event's date: on its day, or as of the first day of the month or year it names. */
    public static MapDate of(PartialDate date) {
        return new MapDate(date.precision() == Precision.DAY ? Kind.ON_DAY : Kind.AS_OF, date.firstDay());
    }

    /** ISO codes of the members this shows. */
    public Set<String> members(LocatorMap map) {
        return kind == Kind.AS_LISTED ? map.membersAsListed() : map.membersOn(day);
    }

    /**
     * The map's title, the same in the window and the PDF: "NATO on 19 January 2004 · 19 members",
     * "NATO as of 1 January 1997 · 16 members", "NATO as the article lists them · 32 members"; a locator
     * with no organisation gives "Map of Belarus".
     */
    public String title(LocatorMap map) {
        String organisation = map.locator().organisation();
        if (organisation == null) {
            return "Map of " + map.subject().map(c -> c.name()).orElse("Europe");
        }
        String words = day == null ? "" : PartialDate.ofDay(day).toText();
        // Without bundled accession dates the article's list is all there is, whatever the date.
        String when = kind == Kind.AS_LISTED || map.membership().isEmpty() ? "as the article lists them"
                : switch (kind) {
                    case ON_DAY -> "on " + words;
                    case AS_OF -> "as of " + words;
                    default -> "today";
                };
        int n = members(map).size();
        return organisation + " " + when + " · " + n + (n == 1 ? " member" : " members");
    }
}
