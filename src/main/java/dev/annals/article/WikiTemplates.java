package dev.annals.article;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Annals knows of MediaWiki templates by name: which render a date and how, which render one of
 * their parameters as text, and which are not prose at all (citations, notes, maintenance tags,
 * hatnotes, navigation). Everything else is an unknown template.
 */
final class WikiTemplates {
    /** How a template is read. */
    enum Kind {
        /** The first parameters are a date ({{start date|1994|5|4}}), or one parameter states it. */
        DATE,
        /** "c. " before its parameters. */
        CIRCA,
        /** "fl. " before its parameters. */
        FLORUIT,
        /** Its first value and unit. */
        CONVERT,
        /** Its text parameter: the second ({{lang|fr|…}}). */
        SECOND,
        /** Its first parameter ({{nowrap|…}}, {{lang-fr|…}}). */
        FIRST,
        /** Its parameters as a list: "a, b, c" ({{hlist|…}}, {{ubl|…}}). */
        LIST,
        /** Its last parameter ({{transl|ru|…}}, {{resize|90%|…}}). */
        LAST,
        /** A fixed text ({{ndash}}). */
        SYMBOL,
        /** "As of " and its date. */
        AS_OF,
        /** The infobox: its fields, no prose. */
        INFOBOX,
        /** Not prose: left out without a word. */
        NOT_PROSE,
        UNKNOWN
    }

    private static final Set<String> DATES = Set.of("start date", "start date and age", "end date", "end date and age",
            "birth date", "birth date and age", "death date", "death date and age", "birth year and age",
            "death year and age", "dts", "date", "film date", "release date", "start-date", "end-date", "bda",
            "dob", "birth date and age2", "death date and given age", "marriage", "date and age");
    private static final Set<String> CIRCA = Set.of("circa", "c.", "c", "ca.", "ca");
    private static final Set<String> FLORUIT = Set.of("floruit", "fl.", "fl");
    private static final Set<String> CONVERT = Set.of("convert", "cvt");
    private static final Set<String> SECOND = Set.of("lang", "langx", "script", "native name", "native phrase");
    private static final Set<String> FIRST = Set.of("nowrap", "nobr", "small", "smaller", "big", "larger", "nobold",
            "noitalic", "sic", "not a typo", "abbr", "ill", "interlanguage link", "nihongo", "flag", "flagcountry",
            "flag country", "flagu", "flagdeco country", "lang-en", "nowrap begin", "midsize", "uc", "lc", "ucfirst",
            "lcfirst", "sortname", "highlight", "em", "strong", "visible anchor", "vanchor", "keypress", "var", "mvar",
            "math", "nbsp2", "linktext", "blockquote",
            "quote", "cquote", "center", "centre", "formatnum", "tooltip", "section link");
    private static final Set<String> LIST = Set.of("plainlist", "unbulleted list", "hlist", "flatlist", "ubl",
            "ublist", "collapsible list", "bulleted list", "ordered list", "enum");
    private static final Set<String> LAST = Set.of("transl", "resize", "font", "font color", "color", "colour",
            "transliteration");
    private static final Set<String> INFOBOX_PREFIXES = Set.of("infobox", "infoboks", "info box", "taxobox");
    private static final Set<String> NOT_PROSE = Set.of("reflist", "notelist", "refbegin", "refend", "ref", "r",
            "rp", "note", "notes", "main", "main article", "see also", "further", "further information", "details",
            "about", "for", "other uses", "redirect", "distinguish", "hatnote", "short description", "good article",
            "featured article", "coord", "coord missing", "portal", "portal bar", "commons", "commons category",
            "wikiquote", "wiktionary", "wikisource", "authority control", "taxonbar", "defaultsort", "citation needed",
            "cn", "fact", "clarify", "when", "who", "which", "by whom", "dead link", "failed verification",
            "better source", "better source needed", "update", "update inline", "according to whom", "vague",
            "dubious", "original research", "or", "unreferenced", "unreferenced section", "refimprove",
            "more citations needed", "multiple issues", "cleanup", "toc", "toc limit", "tocright", "toc right",
            "clear", "clr", "-", "anchor", "anker", "webarchive", "wayback", "isbn", "doi", "issn", "oclc",
            "sidebar", "col-begin", "col-end", "col-break", "div col", "div col end", "colbegin", "colend",
            "spoken wikipedia", "stub", "lowercase title", "italic title", "engvarb", "external media", "listen",
            "quote box", "pull quote", "rquote", "image", "multiple image", "gallery", "wide image", "panorama",
            "location map", "location map+", "location map~", "location map many", "osm location map", "mapframe",
            "maplink", "reflist-talk", "sister project links", "cbignore", "bots", "pp", "pp-move-indef",
            "pp-semi-indef", "pp-protected", "pp-vandalism", "navboxes", "nobots", "use dmy dates", "use mdy dates",
            "use british english", "use american english", "use indian english", "use australian english",
            "use canadian english", "use oxford spelling", "citation style", "primary sources", "self-published",
            "pov", "npov", "neutrality", "weasel", "peacock", "tone", "essay-like", "expand section", "empty section",
            "incomplete list", "dynamic list", "advert", "fansite", "globalize", "recentism", "too long", "lead too short",
            "lead too long", "copy edit", "copyedit", "wikify", "orphan", "dead end", "underlinked", "overlinked",
            "sfnref", "harvnb", "harvtxt", "harv", "harvp", "harvid", "sfnm", "sfnp", "efn", "efn-ua", "efn-lr",
            "efn-la", "refn", "notetag", "ran", "rma", "cref", "citeweb", "nofootnotes", "inline", "no footnotes",
            "page needed", "pages needed", "year needed", "full citation needed", "specify", "citation",
            "verify source", "verification needed", "irrelevant citation", "self-published inline", "nonspecific",
            "subscription required", "registration required", "free access", "closed access", "open access",
            "webcite", "failed", "iucn", "cite", "citation needed span", "weasel inline", "clarify span",
            "excessive citations inline", "sup", "snds", "audio", "pronunciation", "ipa", "ipac-en", "ipa-en",
            "respell", "pron", "icon", "flagicon", "flagdeco", "flagicon image", "sports icon", "commonscat",
            "chembox", "drugbox", "geographic location", "succession box", "s-start", "s-end", "s-bef", "s-aft",
            "s-ttl", "s-off", "s-mil", "s-gov", "s-par", "s-hou", "s-reg", "s-ach", "s-dip", "s-new", "s-non",
            "s-vac", "s-inc", "end box", "start box", "wikidata", "official website", "official", "imdb name",
            "imdb title", "twitter", "facebook", "instagram", "youtube", "allmusic", "discogs artist",
            "find a grave", "c-span", "britannica", "curlie", "dmoz", "worldcat id", "nla", "cbdb", "map caption",
            "increase", "decrease", "steady", "))!", "!((", "((", "))", "!-", "!!", "psychoanalysis");
    private static final List<String> NOT_PROSE_PREFIXES = List.of("cite", "citation", "sfn", "harv", "navbox",
            "pp-", "use ", "s-", "authority control", "refn", "efn", "reflist", "taxonbar", "portal", "commons",
            "wikt", "cleanup", "copy ", "copyvio", "afd", "coi", "disputed", "expand", "more ", "multiple ",
            "fact", "dead ", "citation needed", "update", "geobox", "ipa", "audio", "listen", "sister", "stub");
    private static final List<String> NOT_PROSE_SUFFIXES = List.of("-stub", " navbox", " sidebar", " topics",
            " footer", " timeline", " portal");

    private WikiTemplates() {
    }

    /** A template's name as written, reduced to one form: case, underscores, spaces and prefixes. */
    static String normalise(String name) {
        String n = name.strip().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (String prefix : List.of("template:", "subst:", "safesubst:", "vorlage:", "mal:", "modèle:")) {
            if (n.startsWith(prefix)) {
                n = n.substring(prefix.length()).strip();
            }
        }
        return n;
    }

    /**
     * A magic word ({{PAGENAME}}, {{DEFAULTSORT:…}}) or a parser function ({{#if:…}}): code that renders
     * page data, never prose of the article.
     */
    static boolean isMagic(String written) {
        String w = written.strip();
        if (w.startsWith("#")) {
            return true;
        }
        int colon = w.indexOf(':');
        String head = colon > 0 ? w.substring(0, colon) : w;
        return !head.isEmpty() && head.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == ' ');
    }

    static Kind kind(String name) {
        if (DATES.contains(name)) {
            return Kind.DATE;
        }
        if (CIRCA.contains(name)) {
            return Kind.CIRCA;
        }
        if (FLORUIT.contains(name)) {
            return Kind.FLORUIT;
        }
        if (CONVERT.contains(name)) {
            return Kind.CONVERT;
        }
        if (SECOND.contains(name)) {
            return Kind.SECOND;
        }
        if (name.startsWith("lang-") || FIRST.contains(name)) {
            return Kind.FIRST;
        }
        if (LIST.contains(name)) {
            return Kind.LIST;
        }
        if (LAST.contains(name)) {
            return Kind.LAST;
        }
        if (name.equals("as of")) {
            return Kind.AS_OF;
        }
        if (symbol(name) != null) {
            return Kind.SYMBOL;
        }
        if (INFOBOX_PREFIXES.stream().anyMatch(name::startsWith)) {
            return Kind.INFOBOX;
        }
        if (NOT_PROSE.contains(name) || NOT_PROSE_PREFIXES.stream().anyMatch(name::startsWith)
                || NOT_PROSE_SUFFIXES.stream().anyMatch(name::endsWith) || name.contains("navbox")) {
            return Kind.NOT_PROSE;
        }
        return Kind.UNKNOWN;
    }

    /** The text of a template that stands for a character, or null. */
    static String symbol(String name) {
        return switch (name) {
            case "ndash", "en dash", "–" -> "–";
            case "mdash", "em dash", "—" -> "—";
            case "snd", "spaced ndash", "spaced en dash", "sndash" -> " – ";
            case "spd", "spaced mdash", "mdashb" -> " — ";
            case "nbsp", "space", "sp", "thinsp", "nbsp;" -> " ";
            case "'", "apostrophe" -> "'";
            case "!" -> "|";
            case "=" -> "=";
            case "·", "dot", "middot", "dot-", "•", "bull", "bullet", "\\" -> " · ";
            case "'s" -> "'s";
            case "okina" -> "ʻ";
            case "br", "break", "-?" -> " ";
            default -> null;
        };
    }

    /**
     * A date as the text would state it, from year, month and day parameters ("4 May 1994", "May 1994",
     * "1994"); null when the first parameter is not a year.
     */
    static String date(List<String> positional) {
        if (positional.isEmpty() || !positional.get(0).strip().matches("-?\\d{1,4}")) {
            return null;
        }
        String year = positional.get(0).strip();
        Month month = positional.size() > 1 ? month(positional.get(1).strip()) : null;
        if (month == null) {
            return year;
        }
        String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String day = positional.size() > 2 ? positional.get(2).strip() : "";
        return day.matches("\\d{1,2}") && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31
                ? Integer.parseInt(day) + " " + name + " " + year
                : name + " " + year;
    }

    private static Month month(String s) {
        if (s.matches("\\d{1,2}")) {
            int m = Integer.parseInt(s);
            return m >= 1 && m <= 12 ? Month.of(m) : null;
        }
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (s.equalsIgnoreCase(full) || s.length() >= 3 && full.toLowerCase(Locale.ROOT).startsWith(s.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    /** Words between the two values of a range in {{convert}} ({{convert|5|to|10|km}}). */
    static boolean isRangeWord(String s) {
        return Set.of("to", "-", "–", "and", "or", "by", "x", "×", "+/-", "±", "&", "and(-)", "to(-)").contains(s.strip());
    }
}
