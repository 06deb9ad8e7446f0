package dev.annals.loader;

import dev.annals.model.PartialDate;
import dev.annals.model.Qualifier;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of English prose with the precision the text states: "19 January 2004",
 * "January 19, 2004", "2004-01-19", "January 2006", "late 2006", "mid-2000s", "the 1990s",
 * "19th century", "2004", and ranges of any of them: "2014-2015", "2008–09", "from 2008 to 2009",
 * "between 1939 and 1945", "19–21 January 2004", "July to December 1999".
 */
final class DateExtractor {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    /** A year from 1000 to 2099 standing alone: not part of a longer number, word or amount. */
    private static final String YEAR = "(?<![\\d\\p{L}$€£,.])(?:1\\d{3}|20\\d{2})(?![\\d\\p{L}]|[,.]\\d)";
    private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String DASH = "\\s*[–—-]\\s*";
    private static final String QUALIFIER = "(?:[Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)";
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("twenty-first", 21));

    /** Every expression starts with a letter or digit: the look-ahead spares trying them all at every space or mark. */
    private static final Pattern ATOM = Pattern.compile("(?=[A-Za-z0-9])(?:" + String.join("|",
            "(?<dmy>(?<dmyD>" + DAY + ")(?:" + DASH + "(?<dmyD2>" + DAY + "))?\\s+(?:of\\s+)?(?<dmyM>" + MONTH + "),?\\s+(?<dmyY>" + YEAR + "))",
            "(?<mdy>(?<mdyM>" + MONTH + ")\\s+(?<mdyD>" + DAY + ")(?:" + DASH + "(?<mdyD2>" + DAY + "))?,?\\s+(?<mdyY>" + YEAR + "))",
            "(?<iso>(?<isoY>" + YEAR.replace("(?![\\d\\p{L}]|[,.]\\d)", "") + ")-(?<isoM>[01]\\d)-(?<isoD>[0-3]\\d)(?!\\d))",
            "(?<mrange>(?<mrM>" + MONTH + ")(?:\\s+(?:to|until|through|and)\\s+|" + DASH + ")(?<mrM2>" + MONTH + "),?\\s+(?<mrY>" + YEAR + "))",
            "(?<my>(?<myM>" + MONTH + ")(?:\\s+of)?,?\\s+(?<myY>" + YEAR + "))",
            "(?<qual>(?<qualQ>" + QUALIFIER + ")(?:\\s+of)?(?:\\s+the)?[\\s-]+(?<qualY>(?:1\\d{3}|20\\d{2}))(?<qualS>s)?(?![\\d\\p{L}]))",
            "(?<decade>(?<decY>(?<![\\d\\p{L}])1\\d{2}0|(?<![\\d\\p{L}])20\\d0)s(?![\\p{L}\\d]))",
            "(?<century>(?:(?<![\\d.,])(?<cenN>\\d{1,2})(?:st|nd|rd|th)|(?<cenW>(?i:twenty-first|first|second|third|fourth|fifth|sixth"
                    + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
                    + "|eighteenth|nineteenth|twentieth)))[\\s-]+[Cc]entury)",
            "(?<short>(?<shortY>" + YEAR.replace("(?![\\d\\p{L}]|[,.]\\d)", "") + ")[–—/-](?<shortY2>\\d{2})(?![\\d\\p{L}]))",
            "(?<year>" + YEAR + ")") + ")");

    /** Range joiners between two date expressions: a dash, "to", "until", "through", or "and" after "between". */
    private static final Pattern JOINER = Pattern.compile("^(?:" + DASH + "|\\s+(?:to|until|till|through|and)\\s+|/)$");
    private static final Pattern RELATION = Pattern.compile(
            "(?i)\\b(since|until|till|by|around|circa|about|before|after|from|between)\\s+$");
    /** The same before a decade or century, which takes "the": "since the 1990s". */
    private static final Pattern RELATION_THE = Pattern.compile(
            "(?i)\\b(since|until|till|by|around|before|after|from|between)\\s+the\\s+$");
    /** Words after a four-digit number that make it a count, not a year ("1500 troops"). */
    private static final Set<String> COUNT_NOUNS = Set.of("troops", "soldiers", "people", "persons", "men",
            "women", "officers", "weapons", "km", "kilometres", "kilometers", "miles", "metres", "meters",
            "tons", "tonnes", "units", "members", "dollars", "euros", "percent", "%", "objectives", "actions",
            "refugees", "migrants", "vehicles", "tanks", "aircraft", "staff", "personnel");
    private static final Set<String> RANGE_RELATIONS = Set.of("from", "between");

    /** Every date expression in {@code text}, ranges joined, in order. */
    List<DateSpan> find(String text) {
        List<DateSpan> atoms = new ArrayList<>();
        Matcher m = ATOM.matcher(text);
        while (m.find()) {
            DateSpan span = atom(m, text);
            if (span != null) {
                atoms.add(span);
            }
        }
        return joinRanges(text, atoms);
    }

    private DateSpan atom(Matcher m, String text) {
        try {
            PartialDate start;
            PartialDate last = null;
            if (m.group("dmy") != null) {
                int month = month(m.group("dmyM"));
                int year = Integer.parseInt(m.group("dmyY"));
                start = PartialDate.ofDay(year, month, day(m.group("dmyD")));
                last = m.group("dmyD2") == null ? null : PartialDate.ofDay(year, month, day(m.group("dmyD2")));
            } else if (m.group("mdy") != null) {
                int month = month(m.group("mdyM"));
                int year = Integer.parseInt(m.group("mdyY"));
                start = PartialDate.ofDay(year, month, day(m.group("mdyD")));
                last = m.group("mdyD2") == null ? null : PartialDate.ofDay(year, month, day(m.group("mdyD2")));
            } else if (m.group("iso") != null) {
                start = PartialDate.ofDay(Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")),
                        Integer.parseInt(m.group("isoD")));
            } else if (m.group("mrange") != null) {
                int year = Integer.parseInt(m.group("mrY"));
                start = PartialDate.ofMonth(year, month(m.group("mrM")));
                last = PartialDate.ofMonth(year, month(m.group("mrM2")));
            } else if (m.group("my") != null) {
                start = PartialDate.ofMonth(Integer.parseInt(m.group("myY")), month(m.group("myM")));
            } else if (m.group("qual") != null) {
                int year = Integer.parseInt(m.group("qualY"));
                PartialDate base = m.group("qualS") != null ? PartialDate.ofDecade(year) : PartialDate.ofYear(year);
                if (m.group("qualS") != null && year % 10 != 0) {
                    return null;
                }
                start = base.withQualifier(Qualifier.fromWord(m.group("qualQ")));
            } else if (m.group("decade") != null) {
                start = PartialDate.ofDecade(Integer.parseInt(m.group("decY")));
            } else if (m.group("century") != null) {
                int n = m.group("cenN") != null ? Integer.parseInt(m.group("cenN"))
                        : ORDINAL_WORDS.get(m.group("cenW").toLowerCase(Locale.ROOT));
                if (n < 1 || n > 21) {
                    return null;
                }
                start = PartialDate.ofCentury(n);
            } else if (m.group("short") != null) {
                int first = Integer.parseInt(m.group("shortY"));
                int second = first / 100 * 100 + Integer.parseInt(m.group("shortY2"));
                if (second <= first) {
                    return null;
                }
                start = PartialDate.ofYear(first);
                last = PartialDate.ofYear(second);
            } else {
                if (isCount(text, m.end())) {
                    return null;
                }
                start = PartialDate.ofYear(Integer.parseInt(m.group("year")));
            }
            if (last != null && last.compareTo(start) < 0) {
                return null;
            }
            boolean takesThe = m.group("decade") != null || m.group("century") != null;
            String relation = relation(text, m.start(), takesThe);
            if (last != null && relation != null && RANGE_RELATIONS.contains(relation)) {
                relation = null; // "from July to December 1999" reads as the range itself
            }
            return new DateSpan(m.start(), m.end(), start, last, m.group(), relation);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null; // "31 February 2004" is no date
        }
    }

    private static List<DateSpan> joinRanges(String text, List<DateSpan> atoms) {
        List<DateSpan> joined = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            DateSpan a = atoms.get(i);
            if (i + 1 < atoms.size() && !a.isRange()) {
                DateSpan b = atoms.get(i + 1);
                String between = text.substring(a.end(), b.begin());
                boolean and = between.strip().equals("and");
                boolean joins = JOINER.matcher(between).matches()
                        && (!and || "between".equalsIgnoreCase(a.relation()))
                        && b.start().compareTo(a.start()) > 0;
                if (joins) {
                    PartialDate last = b.last() != null ? b.last() : b.start();
                    String relation = a.relation() == null || RANGE_RELATIONS.contains(a.relation()) ? null : a.relation();
                    joined.add(new DateSpan(a.begin(), b.end(), a.start(), last,
                            text.substring(a.begin(), b.end()), relation));
                    i++;
                    continue;
                }
            }
            joined.add(a);
        }
        return joined;
    }

    private static String relation(String text, int begin, boolean takesThe) {
        String before = text.substring(Math.max(0, begin - 16), begin);
        for (Pattern p : takesThe ? List.of(RELATION_THE, RELATION) : List.of(RELATION)) {
            Matcher m = p.matcher(before);
            if (m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean isCount(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '%')) {
            j++;
        }
        return COUNT_NOUNS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }

    private static int day(String s) {
        return Integer.parseInt(s.replaceAll("\\D", ""));
    }

    private static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }
}
