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
 * "January 19, 2004", "the 5th of May 2004", "2004-01-19", "January 2006", "late 2006", "mid-2000s",
 * "the 1990s" ("the 1990's", "the '90s"), "19th century", "FY2019", "2004", parts of periods ("the early
 * part of the 2010s", PeriodPhrases), and ranges of any of them: "2014-2015", "2008–09", "from 2008 to
 * 2009", "between 1939 and 1945", "19–21 January 2004", "July to December 1999", "the 1990s and 2000s",
 * "the winter of 2021–22". A list that shares its month or year ("3, 5 and 7 May 2005", "May and June
 * 2004") gives one date per item. A day or month without a year ("on April 23", "in November") takes
 * the year of the date before it in the text, unless that would put it before that date; otherwise it
 * is returned without a date for the caller to place ({@link DateSpan#isDated()}).
 */
final class DateExtractor {
    /** A month's name, or its abbreviation with or without a full stop (a full name never takes the sentence's). */
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)";
    private static final String YEAR_DIGITS = "(?:1\\d{3}|20\\d{2})";
    /** A year from 1000 to 2099 standing alone: not part of a longer number, word or amount. */
    private static final String YEAR = "(?<![\\d\\p{L}$€£,.])" + YEAR_DIGITS + "(?![\\d\\p{L}]|[,.]\\d)";
    private static final String OPEN_YEAR = "(?<![\\d\\p{L}$€£,.])" + YEAR_DIGITS;
    private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
    static final String DASH = "\\s*[–—-]\\s*";
    /** Between the items of a list of days or months: a dash, a comma, "and", "or", "to". */
    private static final String ITEM_JOIN = "(?:" + DASH + "|\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or|to|until|till|through)\\s+)";
    private static final String QUALIFIER = "(?:[Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)";
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("twenty-first", 21));

    /**
     * Where a date expression can begin: at the start of a word, on a digit, an apostrophe, a capital or
     * the first letter of a qualifier or ordinal word. Checked before the alternatives, so most positions
     * of a text are passed over at the cost of two character tests.
     */
    private static final String EXPRESSION_START = "(?<![\\p{L}\\d])(?=[\\d'’\\p{Lu}aeflmnstw])";
    private static final Pattern ATOM = Pattern.compile(EXPRESSION_START + "(?:" + String.join("|",
            "(?<fy>(?<![\\p{L}\\d])FY\\s?(?<fyY>" + YEAR_DIGITS + ")(?![\\d\\p{L}]))",
            "(?<dmy>(?<![\\d\\p{L}])(?<dmyD>" + DAY + "(?:" + ITEM_JOIN + DAY + ")*)\\s+(?:of\\s+)?(?<dmyM>" + MONTH
                    + "),?\\s+(?<dmyY>" + YEAR + "))",
            "(?<mdy>(?<mdyM>" + MONTH + ")\\s+(?<mdyD>" + DAY + "(?:" + ITEM_JOIN + DAY + ")*),?\\s+(?<mdyY>" + YEAR + "))",
            "(?<iso>(?<isoY>" + OPEN_YEAR + ")-(?<isoM>[01]\\d)-(?<isoD>[0-3]\\d)(?!\\d))",
            "(?<mlist>(?<mlM>" + MONTH + "(?:" + ITEM_JOIN + MONTH + ")+),?\\s+(?<mlY>" + YEAR + "))",
            "(?<my>(?<myM>" + MONTH + ")(?:\\s+of)?,?\\s+(?<myY>" + YEAR + "))",
            "(?<qual>(?<qualQ>" + QUALIFIER + ")(?:\\s+of)?(?:\\s+the)?[\\s-]+(?<qualY>" + YEAR_DIGITS
                    + ")(?<qualS>['’]?s)?(?![\\d\\p{L}])(?:[–—/-](?<qualY2>\\d{2})(?![\\d\\p{L}]))?)",
            "(?<decade>(?<![\\d\\p{L}])(?<decY>1\\d{2}0|20\\d0)['’]?s(?![\\p{L}\\d]))",
            "(?<decshort>(?<![\\d\\p{L}])['’](?<decSY>[0-9]0)s(?![\\p{L}\\d]))",
            "(?<century>(?:(?<cenN>\\d{1,2})(?:st|nd|rd|th)|(?<cenW>(?i:twenty-first|first|second|third|fourth|fifth|sixth"
                    + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
                    + "|eighteenth|nineteenth|twentieth)))[\\s-]+[Cc]entury)",
            "(?<short>(?<shortY>" + OPEN_YEAR + ")[–—/-](?<shortY2>\\d{2})(?![\\d\\p{L}]))",
            "(?<year>" + YEAR + ")",
            "(?<md>(?<mdM>" + MONTH + ")\\s+(?<mdD>" + DAY + ")(?![\\d\\p{L}])(?!,?\\s*\\d))",
            "(?<dm>(?<![\\d\\p{L}.,])(?<dmD>" + DAY + ")\\s+(?:of\\s+)?(?<dmM>" + MONTH + ")(?![\\p{L}])(?!,?\\s*\\d))",
            "(?<bm>(?<=(?:\\b(?i:in|on|by|until|till|since|from|during|of|early|late|mid|end of|beginning of)\\s)|\\bmid-)"
                    + "(?<bmM>" + FULL_MONTH + ")(?![\\p{L}\\d'’-])(?!,?\\s*\\d))") + ")");
    private static final Pattern MONTH_WORD = Pattern.compile(MONTH);
    /** "the early 19th century", "the mid-20th century". */
    private static final Pattern CENTURY_QUALIFIER = Pattern.compile("(?i)\\b(early|mid|middle|late)(?:\\s+|-)$");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d+");
    /** A list of days or months is a range when joined by a dash or "to" ("19–21", "July to December"). */
    private static final Pattern RANGE_JOIN = Pattern.compile("^(?:" + DASH + "|\\s+(?:to|until|till|through)\\s+)$");

    private static final Pattern RELATION = Pattern.compile(
            "(?i)\\b(since|until|till|by|around|circa|about|before|after|from|between)\\s+$");
    /** The same before a decade, century or part of a period, which take "the": "since the 1990s". */
    private static final Pattern RELATION_THE = Pattern.compile(
            "(?i)\\b(since|until|till|by|around|before|after|from|between)\\s+the\\s+$");
    /** Words after a four-digit number that make it a count, not a year ("1500 troops"). */
    private static final Set<String> COUNT_NOUNS = Set.of("troops", "soldiers", "people", "persons", "men",
            "women", "officers", "weapons", "km", "kilometres", "kilometers", "miles", "metres", "meters",
            "tons", "tonnes", "units", "members", "dollars", "euros", "percent", "%", "objectives", "actions",
            "refugees", "migrants", "vehicles", "tanks", "aircraft", "staff", "personnel");
    /** One matcher of ATOM for every text this extractor reads (one reader's, on one thread). */
    private final Matcher atom = ATOM.matcher("").useTransparentBounds(true).useAnchoringBounds(false);

    /** Every date expression in {@code text}, ranges joined, in order; yearless ones dated where the text allows. */
    List<DateSpan> find(String text) {
        List<DateSpan> atoms = new ArrayList<>();
        Matcher m = null; // made only for a text with an anchor; ATOM's many groups make a matcher costly
        int from = 0;
        int tried = 0;
        for (int anchor = nextAnchor(text, 0); anchor >= 0; anchor = nextAnchor(text, Math.max(anchor + 1, from))) {
            for (int at = Math.max(Math.max(from, tried), reach(text, anchor)); at <= anchor; at++) {
                if (at > 0 && isLetterOrDigit(text.codePointBefore(at))) {
                    continue; // EXPRESSION_START's look-behind, without resetting the matcher
                }
                if (m == null) {
                    m = atom.reset(text);
                }
                if (m.region(at, text.length()).lookingAt()) {
                    atoms.addAll(atoms(m, text));
                    from = m.end();
                    break;
                }
            }
            tried = Math.max(tried, anchor + 1);
        }
        return SpanJoiner.carryYears(SpanJoiner.joinPeriods(text, SpanJoiner.joinRanges(text, atoms)));
    }

    /**
     * The next place at or after {@code from} that every date expression holds one of, or -1: an ASCII digit,
     * the first three letters of a month's name, or "entury". Only up to {@link #reach} before such an
     * anchor can an expression begin, so ATOM is tried there and not at every word of a sentence (trying it
     * everywhere took a third of the loader's time). A new kind of expression without any of these anchors
     * must add its own.
     */
    private static int nextAnchor(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == 'e' && text.startsWith("entury", i)
                    || "JFMASOND".indexOf(c) >= 0 && i + 3 <= text.length() && MONTH_STEMS.contains(text.substring(i, i + 3))) {
                return i;
            }
        }
        return -1;
    }

    /** What {@code [\\p{L}\\d]} matches: a letter, or an ASCII digit. */
    private static boolean isLetterOrDigit(int codePoint) {
        return Character.isLetter(codePoint) || codePoint >= '0' && codePoint <= '9';
    }

    private static final Set<String> MONTH_STEMS = Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    /**
     * The earliest place an expression whose first anchor is at {@code anchor} can begin: up to three words
     * back, with the white space, hyphens and apostrophes between them ("early in the 2000s", "the
     * twenty-first century", "FY 2019", "'90s").
     */
    private static int reach(String text, int anchor) {
        int i = text.startsWith("entury", anchor) ? anchor - 1 : anchor;
        for (int word = 0; word < 3; word++) {
            while (i > 0 && " \t\n\u000B\f\r-'’".indexOf(text.charAt(i - 1)) >= 0) {
                i--;
            }
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
        }
        return Math.max(0, i);
    }

    private List<DateSpan> atoms(Matcher m, String text) {
        try {
            if (m.group("dmy") != null) {
                return days(m, text, "dmyD", month(m.group("dmyM")), Integer.parseInt(m.group("dmyY")));
            }
            if (m.group("mdy") != null) {
                return days(m, text, "mdyD", month(m.group("mdyM")), Integer.parseInt(m.group("mdyY")));
            }
            if (m.group("mlist") != null) {
                return months(m, text);
            }
            if (m.group("md") != null || m.group("dm") != null || m.group("bm") != null) {
                return List.of(yearless(m, text));
            }
            DateSpan one = atom(m, text);
            return one == null ? List.of() : List.of(one);
        } catch (DateTimeException | IllegalArgumentException e) {
            return List.of(); // "31 February 2004" is no date
        }
    }

    private DateSpan atom(Matcher m, String text) {
        PartialDate start;
        PartialDate last = null;
        int begin = m.start();
        int end = m.end();
        if (m.group("fy") != null) {
            start = PartialDate.ofYear(Integer.parseInt(m.group("fyY")));
        } else if (m.group("iso") != null) {
            start = PartialDate.ofDay(Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")),
                    Integer.parseInt(m.group("isoD")));
        } else if (m.group("my") != null) {
            start = PartialDate.ofMonth(Integer.parseInt(m.group("myY")), month(m.group("myM")));
        } else if (m.group("qual") != null) {
            int year = Integer.parseInt(m.group("qualY"));
            boolean decade = m.group("qualS") != null;
            if (decade && year % 10 != 0) {
                return null;
            }
            Qualifier q = Qualifier.fromWord(m.group("qualQ"));
            start = (decade ? PartialDate.ofDecade(year) : PartialDate.ofYear(year)).withQualifier(q);
            String next = m.group("qualY2");
            if (next != null && q == Qualifier.WINTER && !decade && Integer.parseInt(next) == (year + 1) % 100) {
                // "the winter of 2021–22": December to February, as far as months can say it
                start = PartialDate.ofMonth(year, 12);
                last = PartialDate.ofMonth(year + 1, 2);
            } else if (next != null) {
                end = m.end("qualS") >= 0 ? m.end("qualS") : m.end("qualY");
            }
        } else if (m.group("decade") != null) {
            start = PartialDate.ofDecade(Integer.parseInt(m.group("decY")));
        } else if (m.group("decshort") != null) {
            int tens = Integer.parseInt(m.group("decSY"));
            if (tens == 20) {
                return null; // "the '20s": the 1920s or the 2020s
            }
            start = PartialDate.ofDecade(tens < 20 ? 2000 + tens : 1900 + tens);
        } else if (m.group("century") != null) {
            int n = m.group("cenN") != null ? Integer.parseInt(m.group("cenN"))
                    : ORDINAL_WORDS.get(m.group("cenW").toLowerCase(Locale.ROOT));
            if (n < 1 || n > 21) {
                return null;
            }
            start = PartialDate.ofCentury(n);
            Matcher q = CENTURY_QUALIFIER.matcher(text).region(Math.max(0, m.start() - 10), m.start());
            if (q.find()) {
                start = start.withQualifier(Qualifier.fromWord(q.group(1)));
                begin = q.start();
            }
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
        PeriodPhrases.Part part = last == null ? PeriodPhrases.before(text, begin, start) : null;
        if (part != null) {
            begin = part.begin();
            start = part.start();
            last = part.last();
        }
        boolean takesThe = part != null || m.group("decade") != null || m.group("decshort") != null
                || m.group("century") != null;
        return span(text, begin, end, start, last, takesThe);
    }

    /** "3, 5 and 7 May 2005" gives three days, "19–21 January 2004" and "between 3 and 5 May" a range. */
    private List<DateSpan> days(Matcher m, String text, String group, int month, int year) {
        List<int[]> items = items(DAY_NUMBER.matcher(text).region(m.start(group), m.end(group)));
        if (items.size() == 1) {
            return List.of(span(text, m.start(), m.end(), PartialDate.ofDay(year, month, items.get(0)[2]), null, false));
        }
        List<PartialDate> dates = new ArrayList<>();
        for (int[] item : items) {
            dates.add(PartialDate.ofDay(year, month, item[2]));
        }
        return list(m, text, items, dates);
    }

    /** "May and June 2004" gives two months, "July to December 1999" and "between March and May 2006" a range. */
    private List<DateSpan> months(Matcher m, String text) {
        int year = Integer.parseInt(m.group("mlY"));
        Matcher words = MONTH_WORD.matcher(text).region(m.start("mlM"), m.end("mlM"));
        List<int[]> items = new ArrayList<>();
        List<PartialDate> dates = new ArrayList<>();
        while (words.find()) {
            items.add(new int[] {words.start(), words.end()});
            dates.add(PartialDate.ofMonth(year, month(words.group())));
        }
        return list(m, text, items, dates);
    }

    /**
     * The items of a list that shares its month or year: one date each, in order, or one range when two
     * items are joined by a dash or "to" (or "and" after "between"). Each item's span is its own words;
     * the last one's runs to the end of the expression, which names the shared month and year.
     */
    private List<DateSpan> list(Matcher m, String text, List<int[]> items, List<PartialDate> dates) {
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).compareTo(dates.get(i - 1)) <= 0) {
                return List.of(); // "5 and 3 May": not a list of dates
            }
        }
        String firstJoin = text.substring(items.get(0)[1], items.get(1)[0]);
        String relation = relation(text, m.start(), false);
        boolean between = "between".equals(relation) && firstJoin.strip().equals("and");
        if (items.size() == 2 && (RANGE_JOIN.matcher(firstJoin).matches() || between)) {
            return List.of(span(text, m.start(), m.end(), dates.get(0), dates.get(1), false));
        }
        List<DateSpan> spans = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int end = i == items.size() - 1 ? m.end() : items.get(i)[1];
            spans.add(span(text, items.get(i)[0], end, dates.get(i), null, false));
        }
        return spans;
    }

    /** Positions of the numbers a matcher finds: {start, end, value}. */
    private static List<int[]> items(Matcher numbers) {
        List<int[]> items = new ArrayList<>();
        while (numbers.find()) {
            items.add(new int[] {numbers.start(), numbers.end(), Integer.parseInt(numbers.group())});
        }
        return items;
    }

    private DateSpan yearless(Matcher m, String text) {
        int month;
        int day;
        if (m.group("md") != null) {
            month = month(m.group("mdM"));
            day = day(m.group("mdD"));
        } else if (m.group("dm") != null) {
            month = month(m.group("dmM"));
            day = day(m.group("dmD"));
        } else {
            month = month(m.group("bmM"));
            day = 0;
        }
        if (day > 31 || (day < 1 && m.group("bm") == null)) {
            throw new IllegalArgumentException("no such day: " + day);
        }
        String relation = relation(text, m.start(), false);
        int quotedBegin = relation == null ? m.start() : relationStart(text, m.start(), false);
        return new DateSpan(m.start(), m.end(), null, null, m.group(), relation, quotedBegin,
                DateSpan.quoted(text, quotedBegin, m.end(), relation), new DateSpan.Yearless(month, day));
    }

    private static DateSpan span(String text, int begin, int end, PartialDate start, PartialDate last, boolean takesThe) {
        if (last != null && last.compareTo(start) < 0) {
            return null;
        }
        String relation = relation(text, begin, takesThe);
        int quotedBegin = relation == null ? begin : relationStart(text, begin, takesThe);
        if (last != null && relation != null && SpanJoiner.RANGE_RELATIONS.contains(relation)) {
            relation = null; // "from July to December 1999" reads as the range itself
            quotedBegin = begin;
        }
        return DateSpan.of(text, begin, end, start, last, relation, quotedBegin);
    }

    private static String relation(String text, int begin, boolean takesThe) {
        Matcher m = relationMatcher(text, begin, takesThe);
        return m == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    }

    private static int relationStart(String text, int begin, boolean takesThe) {
        Matcher m = relationMatcher(text, begin, takesThe);
        return m == null ? begin : m.start(1);
    }

    private static Matcher relationMatcher(String text, int begin, boolean takesThe) {
        int from = Math.max(0, begin - 16);
        for (Pattern p : takesThe ? List.of(RELATION_THE, RELATION) : List.of(RELATION)) {
            Matcher m = p.matcher(text).region(from, begin);
            m.useTransparentBounds(true);
            if (m.find()) {
                return m;
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
