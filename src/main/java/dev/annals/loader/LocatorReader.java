package dev.annals.loader;

import dev.annals.model.CountryTable;
import dev.annals.model.Entities;
import dev.annals.model.Locator;
import dev.annals.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the article's locator description from three places that should agree: the infobox map name
 * ("Belarus NATO Locator Lambert.svg"), the member-state list and its heading ("Belarus's foreign
 * relations with NATO member states"), and the title ("Belarus–NATO relations"). Where they disagree,
 * the member list wins over the map name, the map name over the title, and the disagreement is reported.
 */
final class LocatorReader {
    private static final Pattern MEMBER_HEADING = Pattern.compile(
            "(?i)^(?:(.+?)(?:['’]s|['’])?\\s+(?:foreign\\s+)?relations\\s+with\\s+)?(.+?)\\s+member(?:\\s+states|s)\\b.*$");
    /** The infobox fields that name the locator map: the plain markup's "Map", wikitext's map parameters. */
    private static final Pattern MAP_KEY = Pattern.compile(
            "(?i)map|locator|locator[ _]map|image[ _]map|location[ _]map|map[ _]image|mapname|map[ _]name");
    private static final Pattern LOCATOR_FILE = Pattern.compile("(?i)locator|map|location");
    private static final List<String> PROJECTIONS = List.of("Lambert", "Conic", "Mercator", "Robinson",
            "Orthographic", "Azimuthal", "Equirectangular", "Albers", "Miller", "Winkel", "Mollweide");

    private final EntityTagger tagger;

    LocatorReader(EntityTagger tagger) {
        this.tagger = tagger;
    }

    /** True when a heading introduces the list of an organisation's member states. */
    static boolean isMemberListHeading(String heading) {
        return MEMBER_HEADING.matcher(heading).matches();
    }

    Locator read(String title, Map<String, String> infobox, Section memberList, List<Problem> problems) {
        String map = infobox.entrySet().stream()
                .filter(e -> MAP_KEY.matcher(e.getKey()).matches()).map(Map.Entry::getValue).findFirst()
                // an infobox's picture is the locator only when it says so: most are photographs
                .orElse(infobox.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase("image") && LOCATOR_FILE.matcher(e.getValue()).find())
                        .map(Map.Entry::getValue).findFirst().orElse(null));
        List<String> members = new ArrayList<>();
        String listSubject = null;
        String listOrganisation = null;
        if (memberList != null) {
            for (Block block : memberList.blocks()) {
                if (block instanceof Block.Bullets bullets) {
                    for (TextLine item : bullets.items()) {
                        String name = item.text().replaceAll("[.,;]+$", "").strip();
                        members.add(name);
                        if (CountryTable.standard().find(name).isEmpty()) {
                            problems.add(new Problem(item.line(), "locator",
                                    "'" + name + "' in the member-state list is not a country Annals knows"));
                        }
                    }
                }
            }
            Matcher m = MEMBER_HEADING.matcher(memberList.heading());
            if (m.matches()) {
                listSubject = first(tagger.tag(nullToEmpty(m.group(1))).countries());
                listOrganisation = first(tagger.tag(m.group(2)).organisations());
            }
        }
        if (map == null && memberList == null) {
            return null;
        }
        Entities inMap = tagger.tag(map == null ? "" : map.replaceFirst("\\.[A-Za-z]+$", "").replace('_', ' '));
        Entities inTitle = tagger.tag(title);
        int line = memberList != null ? memberList.line() : 0;
        String subject = agree("subject", line, problems, listSubject, first(inMap.countries()), first(inTitle.countries()));
        String organisation = agree("organisation", line, problems, listOrganisation,
                first(inMap.organisations()), first(inTitle.organisations()));
        return new Locator(map, subject, organisation, projection(map), members);
    }

    private static String projection(String map) {
        if (map == null) {
            return null;
        }
        for (String word : map.replaceFirst("\\.[A-Za-z]+$", "").split("[\\s_-]+")) {
            for (String p : PROJECTIONS) {
                if (p.equalsIgnoreCase(word)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The first non-null of the candidates, in order of trust; a disagreement is reported. */
    private static String agree(String what, int line, List<Problem> problems, String... candidates) {
        String chosen = null;
        for (String c : candidates) {
            if (c == null) {
                continue;
            }
            if (chosen == null) {
                chosen = c;
            } else if (!chosen.equals(c)) {
                problems.add(new Problem(line, "locator", "the article names both " + chosen + " and " + c
                        + " as the locator's " + what + "; " + chosen + " is used"));
            }
        }
        return chosen;
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? null : names.get(0);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
