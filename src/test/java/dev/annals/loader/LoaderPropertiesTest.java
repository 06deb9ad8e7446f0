package dev.annals.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import dev.annals.model.Timeline;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the loader over generated articles: built from the markup's building blocks (title,
 * infobox, headings of years, ranges, decades and words, paragraphs of sentences with and without date
 * expressions, bullets) with random white space, tabs and line ends; and over plain random text and bytes.
 */
class LoaderPropertiesTest {
    private static final int TRIES = 200;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // ================================================================ properties

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void generatedArticlesLoadWithConsistentEvents(@ForAll("articles") Generated article) {
        Timeline t = loadOrRefuse("article.txt", article.bytes());
        if (article.text().isBlank()) {
            assertNull(t, "a blank article is refused as empty");
            return;
        }
        assertNotNull(t, "a generated article is never refused");
        Statistics.label("events").collect(bucket(t.events().size()));
        Statistics.label("has stated date").collect(t.events().stream().anyMatch(e -> e.dateText() != null));
        assertConsistent(article.text(), t);
    }

    @Property(tries = TRIES / 2, shrinking = ShrinkingMode.BOUNDED) // four loads per try
    void generatedArticlesInOtherEncodingsAndLineEndsLoadTheSame(@ForAll("articles") Generated article) {
        Timeline lf = loadOrRefuse("a.txt", article.text().replaceAll("\r\n|\r", "\n").getBytes(StandardCharsets.UTF_8));
        Timeline crlf = loadOrRefuse("a.txt", article.text().replaceAll("\r\n|\r|\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Timeline cr = loadOrRefuse("a.txt", article.text().replaceAll("\r\n|\r|\n", "\r").getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = article.text().replaceAll("\r\n|\r", "\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Timeline bom = loadOrRefuse("a.txt", withBom);

        if (lf == null) {
            assertTrue(article.text().isBlank(), "only a blank article is refused");
            assertTrue(crlf == null && cr == null && bom == null);
            return;
        }
        for (Timeline other : List.of(crlf, cr, bom)) {
            assertEquals(lf.title(), other.title());
            assertEquals(lf.events(), other.events());
            assertEquals(lf.periods(), other.periods());
            assertEquals(lf.problems(), other.problems());
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void randomTextNeverBreaksTheLoader(@ForAll("randomText") String text) {
        Timeline t = loadOrRefuse("random.txt", text.getBytes(StandardCharsets.UTF_8));
        if (t != null) {
            assertConsistent(text, t);
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void randomBytesNeverBreakTheLoader(@ForAll @Size(max = 400) byte[] bytes) {
        Timeline t = loadOrRefuse("random.bin", bytes);
        if (t != null) {
            assertConsistent(decodeLikeAnEditor(bytes), t);
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void articlesWithRandomBytesMixedInNeverBreakTheLoader(@ForAll("articles") Generated article,
            @ForAll @Size(min = 1, max = 20) List<Byte> noise, @ForAll("positions") List<Double> where) {
        byte[] clean = article.bytes();
        List<Byte> bytes = new ArrayList<>(clean.length + noise.size());
        for (byte b : clean) {
            bytes.add(b);
        }
        for (int i = 0; i < noise.size(); i++) {
            int at = (int) (where.get(i % where.size()) * bytes.size());
            bytes.add(Math.min(at, bytes.size()), noise.get(i));
        }
        byte[] mixed = new byte[bytes.size()];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = bytes.get(i);
        }
        Timeline t = loadOrRefuse("noisy.txt", mixed);
        if (t != null) {
            assertConsistent(decodeLikeAnEditor(mixed), t);
        }
    }

    // ================================================================ checks

    /** Loads the bytes; a LoadException is a fine answer (null), any other exception fails the property. */
    static Timeline loadOrRefuse(String name, byte[] bytes) {
        try {
            return new TimelineLoader().load(name, bytes);
        } catch (LoadException e) {
            assertFalse(e.getMessage().contains("\n"), "one-line message: " + e.getMessage());
            assertTrue(e.getMessage().startsWith(name + ":"), "names the file: " + e.getMessage());
            return null;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("the loader threw " + e + " instead of a LoadException", e);
        }
    }

    static void assertConsistent(String decodedText, Timeline t) {
        assertNotNull(t.title());
        assertFalse(t.title().isBlank(), "a title, from the file name if need be");
        String[] lines = decodedText.split("\r\n|\r|\n", -1);
        Set<String> ids = new HashSet<>();
        int previousYear = Integer.MIN_VALUE;
        for (Event e : t.events()) {
            assertDateInRange(e.start(), e);
            if (e.end() != null) {
                assertDateInRange(e.end(), e);
                assertTrue(e.end().compareTo(e.start()) >= 0, () -> "ends before it starts: " + e);
                assertFalse(e.end().lastDay().isBefore(e.start().firstDay()), () -> "ends before it starts: " + e);
            }
            // "start year": the first year the start can mean ("late 1990s" starts in 1997)
            int year = e.start().firstDay().getYear();
            int before = previousYear;
            assertTrue(year >= before, () -> "out of order at " + e.id() + ": " + year + " after " + before);
            previousYear = year;

            assertTrue(ids.add(e.id()), () -> "duplicate id " + e.id());

            int line = e.source().line();
            assertTrue(line >= 1 && line <= lines.length, () -> "no line " + line + " for " + e.id());
            String source = lines[line - 1];
            int from = e.source().column() - 1;
            int to = from + e.source().length();
            assertTrue(from >= 0 && to <= source.length(), () -> "position " + e.source() + " outside line "
                    + line + " (" + source.length() + " characters) for " + e.id());
            assertEquals(e.text(), source.substring(from, to), () -> "source of " + e.id() + " at " + e.source());
            assertFalse(e.text().isBlank(), () -> "blank event text " + e.id());
        }
        t.problems().forEach(p -> assertTrue(p.line() >= 0 && p.line() <= lines.length, () -> "problem line " + p));
    }

    private static void assertDateInRange(PartialDate d, Event e) {
        // the constructor of PartialDate validates month and day; ranges depend on precision
        if (d.precision() == Precision.CENTURY) {
            assertEquals(1, d.year() % 100, () -> "a century starts in a year ..01: " + d + " in " + e.id());
            assertTrue(d.year() >= 1 && d.year() <= 2001, () -> "century out of range: " + d + " in " + e.id());
        } else if (d.precision() == Precision.DECADE) {
            assertEquals(0, d.year() % 10, () -> "a decade starts in a year ..0: " + d + " in " + e.id());
            assertTrue(d.year() >= 1000 && d.year() <= 2090, () -> "decade out of range: " + d + " in " + e.id());
        } else {
            assertTrue(d.year() >= 1000 && d.year() <= 2099, () -> "year out of range: " + d + " in " + e.id());
        }
        assertFalse(d.lastDay().isBefore(d.firstDay()));
    }

    /** UTF-8 where the bytes are valid UTF-8; else line by line, invalid lines as Windows-1252. */
    private static String decodeLikeAnEditor(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        StringBuilder text = new StringBuilder();
        int i = start;
        while (i <= bytes.length) {
            int end = i;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            text.append(strictUtf8(bytes, i, end));
            if (end < bytes.length) {
                text.append((char) bytes[end]);
            }
            i = end + 1;
        }
        return text.toString();
    }

    private static String strictUtf8(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, from, to - from, WINDOWS_1252);
        }
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n < 5 ? "1-4" : n < 20 ? "5-19" : "20+";
    }

    // ================================================================ generators

    /** An article's text and how it is encoded (UTF-8, sometimes with a byte-order mark). */
    record Generated(String text, boolean bom) {
        byte[] bytes() {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            if (!bom) {
                return utf8;
            }
            byte[] b = new byte[utf8.length + 3];
            b[0] = (byte) 0xEF;
            b[1] = (byte) 0xBB;
            b[2] = (byte) 0xBF;
            System.arraycopy(utf8, 0, b, 3, utf8.length);
            return b;
        }

        @Override
        public String toString() {
            return (bom ? "[BOM]" : "") + text.replace("\r", "\\r").replace("\t", "\\t");
        }
    }

    @Provide
    Arbitrary<List<Double>> positions() {
        return Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<Generated> articles() {
        Arbitrary<List<String>> body = block().list().ofMinSize(1).ofMaxSize(14);
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
        Arbitrary<Boolean> mixedEnds = Arbitraries.of(false, false, false, true);
        return Combinators.combine(titleLine(), infobox(), body, lineEnd, mixedEnds, Arbitraries.of(false, false, true),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((title, info, blocks, end, mixed, bom, seed) -> {
                    List<String> parts = new ArrayList<>();
                    parts.add(title);
                    parts.add(info);
                    parts.addAll(blocks);
                    String lf = String.join("\n", parts.stream().filter(p -> !p.isEmpty()).toList()) + "\n";
                    return new Generated(withLineEnds(lf, end, mixed, seed), bom);
                });
    }

    /** Replaces each "\n" by {@code end}, or, when {@code mixed}, by a line end picked per line. */
    private static String withLineEnds(String lf, String end, boolean mixed, int seed) {
        if (!mixed) {
            return lf.replace("\n", end);
        }
        String[] ends = {"\n", "\r\n", "\r"};
        StringBuilder sb = new StringBuilder();
        int k = seed;
        for (char c : lf.toCharArray()) {
            if (c == '\n') {
                sb.append(ends[Math.floorMod(k, 3)]);
                k = k * 31 + 7;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private Arbitrary<String> titleLine() {
        return Arbitraries.oneOf(
                Arbitraries.of("= Belarus–NATO relations =", "=Finland–EU relations=", "= Poland =",
                        "= Norway–Iceland fisheries =", "  = Spaced title =  ", "= Title with = sign ="),
                Arbitraries.just(""),                         // no title line: the file name gives it
                Arbitraries.of("Belarus joined NATO's programme in 1995.", "== 2004 ==", "= 1998"));
    }

    private Arbitrary<String> infobox() {
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.of(
                        "Infobox\n- Map: Belarus NATO Locator Lambert.svg\n",
                        "Infobox\n- Map: Finland EU Locator Conic.svg\n- Capital: Helsinki\n",
                        "infobox\n- no colon here\n- Founded: 1949\n",
                        "Infobox\n-\tMap:\tX Locator Mercator.svg\n"));
    }

    private Arbitrary<String> block() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, heading()),
                Tuple.of(6, paragraph()),
                Tuple.of(2, bullets()),
                Tuple.of(1, introducedBullets()),
                Tuple.of(1, Arbitraries.of("", " ", "\t", "  \t ")),
                Tuple.of(1, Arbitraries.of("== See also ==\n- Foreign relations of Belarus\n- Partnership for Peace\n",
                        "==Belarus's foreign relations with NATO member states==\n\n- Albania\n- Belgium\n- Canada\n",
                        "== References ==\n- A source, 2004.\n")));
    }

    private Arbitrary<String> heading() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(4, year().map(String::valueOf)),
                Tuple.of(3, Combinators.combine(year(), Arbitraries.integers().between(0, 12),
                                Arbitraries.of("–", "-", "—", " to ", " – "))
                        .as((y, n, dash) -> y + dash + Math.min(2099, y + n))),
                Tuple.of(2, decade().map(d -> d + "s")),
                Tuple.of(1, year().map(y -> y + "–" + (y + 1) % 100)),           // "2008–9": not a range
                Tuple.of(3, Arbitraries.of("Cooperation", "Ideology and propaganda", "History", "Relations since 1991",
                        "Early years", "The 1990s", "20O4", "2OO4", "199l", "See also", "")),
                Tuple.of(1, Arbitraries.of("3000", "999", "31 February 2004", "January 2006", "late 2006", "19th century")));
        Arbitrary<Integer> left = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> rightDelta = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(-5, 2)));
        return Combinators.combine(text, left, rightDelta, spaces(), spaces())
                .as((t, l, d, s1, s2) -> {
                    int right = Math.max(0, l + d);
                    return s1 + "=".repeat(l) + s2 + t + s2 + "=".repeat(right) + s1 + "\n";
                });
    }

    private Arbitrary<String> paragraph() {
        Arbitrary<String> opening = Arbitraries.of("", "", "", "In turn, ", "Later ", "However, ", "Then ");
        Arbitrary<String> separator = Arbitraries.of(" ", " ", "  ", "\t", " \t");
        return Combinators.combine(spaces(), opening, sentence().list().ofMinSize(1).ofMaxSize(4), separator, spaces())
                .as((lead, open, list, sep, trail) -> lead + open + String.join(sep, list) + trail + "\n");
    }

    private Arbitrary<String> bullets() {
        Arbitrary<String> item = Combinators.combine(spaces(), Arbitraries.of("- ", "-\t", "* ", "• ", "-  "), sentence())
                .as((lead, mark, s) -> lead + mark + s);
        return item.list().ofMinSize(1).ofMaxSize(5).map(items -> String.join("\n", items) + "\n");
    }

    /** A sentence ending in a colon, then the bullets it introduces. */
    private Arbitrary<String> introducedBullets() {
        return Combinators.combine(subject(), dateExpression(), bullets())
                .as((who, when, items) -> who + " agreed " + when + " on the following:\n" + items);
    }

    private Arbitrary<String> sentence() {
        Arbitrary<String> end = Arbitraries.of(".", ".", ".", "!", "?", "", ";", ":");
        return Arbitraries.frequencyOf(
                Tuple.of(5, Combinators.combine(subject(), verb(), object(), dateExpression(), Arbitraries.integers().between(0, 3), end)
                        .as((s, v, o, d, place, e) -> switch (place) {
                            case 0 -> capitalise(d) + ", " + s + " " + v + " " + o + e;
                            case 1 -> s + " " + v + " " + o + " " + d + e;
                            case 2 -> s + " " + d + " " + v + " " + o + e;
                            default -> s + " " + v + " " + o + " " + d + ", and " + d + " " + s + " " + v + " " + o + e;
                        })),
                Tuple.of(2, Combinators.combine(subject(), verb(), object(), end).as((s, v, o, e) -> s + " " + v + " " + o + e)),
                Tuple.of(1, Combinators.combine(subject(), verb(), object(), dateExpression(), dateExpression())
                        .as((s, v, o, d1, d2) -> s + " " + v + " " + o + " (" + d1 + ") which had been in place " + d2 + ".")),
                Tuple.of(1, Arbitraries.of("Mr. Smith of the U.S. visited Minsk in 2010.", "It cost 1.5 million in 2003.",
                        "About 1500 troops took part in 2011.", "He said \"No. Never.\" in 2012.",
                        "J. Stoltenberg met Lukashenko on January 19, 2004.", "The 2004-01-19 meeting was short.",
                        "The talks (1995-1997) were long.", "Belarus was calm in the 19th century.",
                        "Belarus joined in 2O04.", "Belarus joined in 2004s.", "Belarus joined in 20045.")),
                Tuple.of(1, Arbitraries.strings().withChars("abc XYZ 0123456789.,;:()–-\"'\t").ofMaxLength(60)));
    }

    private Arbitrary<String> subject() {
        return Arbitraries.of("Belarus", "NATO", "The government", "President Alexander Lukashenko", "He",
                "A Belarusian delegation", "The North Atlantic Council", "Poland and Lithuania", "Ryanair");
    }

    private Arbitrary<String> verb() {
        return Arbitraries.of("signed", "approved", "condemned", "joined", "hosted", "declared", "met with",
                "announced\tits accession to");
    }

    private Arbitrary<String> object() {
        return Arbitraries.of("the Partnership for Peace documents", "a package of partnership goals", "NATO officers",
                "the sanctions", "an exercise in Minsk", "the Individual Partnership Program", "its readiness to cooperate");
    }

    private Arbitrary<String> dateExpression() {
        Arbitrary<Integer> y = year();
        Arbitrary<String> month = Arbitraries.of("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December", "Jan.", "Sept", "Dec");
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 31);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(day, month, y).as((d, m, yr) -> "on " + d + " " + m + " " + yr)),
                Tuple.of(1, Combinators.combine(month, day, y).as((m, d, yr) -> "on " + m + " " + d + ", " + yr)),
                Tuple.of(3, Combinators.combine(month, y).as((m, yr) -> "in " + m + " " + yr)),
                Tuple.of(3, y.map(yr -> "in " + yr)),
                Tuple.of(2, Combinators.combine(Arbitraries.of("early", "mid-", "late", "Late", "spring", "winter", "mid"), y)
                        .as((q, yr) -> q + (q.endsWith("-") ? "" : " ") + yr)),
                Tuple.of(2, Combinators.combine(y, Arbitraries.integers().between(-3, 12), Arbitraries.of(" to ", "–", "-", " until "))
                        .as((a, n, j) -> "from " + a + j + (a + n))),
                Tuple.of(1, Combinators.combine(y, Arbitraries.integers().between(-2, 9)).as((a, n) -> "between " + a + " and " + (a + n))),
                Tuple.of(1, Combinators.combine(y, Arbitraries.integers().between(1, 9)).as((a, n) -> "in " + a + "–" + String.format("%02d", (a + n) % 100))),
                Tuple.of(2, decade().map(d -> "the " + d + "s")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("early", "mid-", "late"), decade()).as((q, d) -> "in the " + q + (q.endsWith("-") ? "" : " ") + d + "s")),
                Tuple.of(2, y.map(yr -> "since " + yr)),
                Tuple.of(1, Combinators.combine(month, y, y).as((m, a, b) -> "in " + m + " " + a + " (extended in " + b + ")")),
                Tuple.of(1, Combinators.combine(y, Arbitraries.integers().between(1, 12), day)
                        .as((yr, m, d) -> "on " + yr + "-" + String.format("%02d", m) + "-" + String.format("%02d", d))),
                Tuple.of(1, Arbitraries.integers().between(1, 22).map(n -> "in the " + n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th") + " century")),
                Tuple.of(1, Arbitraries.of("in 999", "in 2100", "in 3000", "on 31 February 2004", "on 30 February 2000",
                        "on 29 February 2004", "on 29 February 1900", "in 12345", "with 2000 troops", "for $2004")));
    }

    private static Arbitrary<Integer> year() {
        // mostly a narrow span, so sentence dates often fall inside (or just outside) the year headings
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(2000, 2012)),
                Tuple.of(3, Arbitraries.integers().between(1900, 2030)),
                Tuple.of(2, Arbitraries.integers().between(1000, 2099)),
                Tuple.of(1, Arbitraries.of(1000, 1099, 1999, 2000, 2099)));
    }

    private static Arbitrary<Integer> decade() {
        return Arbitraries.integers().between(100, 209).map(d -> d * 10);
    }

    private static Arbitrary<String> spaces() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of(" ", "\t", "  ", " \t", "\u00a0")));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Provide
    Arbitrary<String> randomText() {
        Arbitrary<String> markupish = Arbitraries.strings()
                .withChars("=-*•\t \n\r:.;()\"'–—0123456789 abcdeJanury Infobox")
                .ofMaxLength(300);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> lines = Arbitraries.oneOf(
                        Arbitraries.strings().withChars("= 20O4s–-").ofMaxLength(12),
                        Arbitraries.strings().ascii().ofMaxLength(40),
                        Arbitraries.of("= T =", "== 2004 ==", "=== 2008–2009", "- In 2010 a thing happened.",
                                "Infobox", "- Map: A B Locator Lambert.svg", "In 1990s and 19th century."))
                .list().ofMaxSize(20).map(l -> String.join("\n", l));
        return Arbitraries.oneOf(markupish, anything, lines);
    }

    @Property(tries = 1)
    void theGeneratorsProduceDatedEvents() {
        // Guards the generators themselves: a sample of articles must give many events of all kinds,
        // or the properties above would pass vacuously.
        List<Generated> sample = articles().sampleStream().limit(100).toList();
        int events = 0;
        Set<Precision> precisions = new HashSet<>();
        Set<String> bases = new HashSet<>();
        int ranges = 0;
        for (Generated g : sample) {
            Timeline t = loadOrRefuse("sample.txt", g.bytes());
            if (t == null) {
                continue;
            }
            events += t.events().size();
            for (Event e : t.events()) {
                precisions.add(e.start().precision());
                bases.add(e.dateBasis().name());
                if (e.end() != null) {
                    ranges++;
                }
            }
        }
        assertTrue(events > 250, "only " + events + " events in 100 articles");
        assertEquals(Set.of(Precision.values()), precisions);
        assertEquals(Set.of("STATED", "SECTION", "CONTEXT"), bases);
        assertTrue(ranges > 10, "only " + ranges + " ranges");
    }
}
