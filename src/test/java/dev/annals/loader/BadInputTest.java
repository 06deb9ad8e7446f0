package dev.annals.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.annals.model.DateBasis;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Problem;
import dev.annals.model.Qualifier;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never ends in a stack trace: the loader either reads what it can (and lists what it could
 * not in {@link Timeline#problems()}) or refuses the file with one {@link LoadException} line that
 * names the file and, where it helps, the line.
 */
class BadInputTest {

    /** A small, valid article: title, infobox, lead, year sections with stated and section dates, bullets. */
    private static final String ARTICLE = String.join("\n",
            "= Belarus–NATO relations =",                                                           // 1
            "",                                                                                       // 2
            "Infobox",                                                                                // 3
            "- Map: Belarus NATO Locator Lambert.svg",                                                // 4
            "",                                                                                       // 5
            "Belarus–NATO relations are the relations between Belarus and NATO.",                     // 6
            "",                                                                                       // 7
            "== Cooperation ==",                                                                      // 8
            "=== 2004 ===",                                                                           // 9
            "Belarus formally announced its accession to the NATO process on 19 January 2004.",       // 10
            "Belarus and NATO approved a package of partnership goals.",                              // 11
            "",                                                                                       // 12
            "=== 2008–2009 ===",                                                                      // 13
            "Relations were cautious in late 2008. Belarus then sent officers to a NATO course.",      // 14
            "- A Belarusian delegation visited Brussels in March 2009.",                              // 15
            "");

    @TempDir
    Path dir;

    private final TimelineLoader loader = new TimelineLoader();

    // ---------------------------------------------------------------- helpers

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Loads a file that must be readable; any exception fails the test. */
    private Timeline load(Path file) throws LoadException {
        return loader.load(file);
    }

    /** Loads a file that must be refused with a LoadException (any other exception type fails the test). */
    private static LoadException refused(TimelineLoader loader, Path file) {
        LoadException e = assertThrows(LoadException.class, () -> loader.load(file));
        assertOneLine(e);
        return e;
    }

    private LoadException refused(Path file) {
        return refused(loader, file);
    }

    private static void assertOneLine(LoadException e) {
        String m = e.getMessage();
        assertNotNull(m);
        assertFalse(m.contains("\n") || m.contains("\r"), () -> "one line, got: " + m);
        assertFalse(m.contains("Exception"), () -> "no exception class names in: " + m);
    }

    private static List<Problem> problems(Timeline t, String kind) {
        return t.problems().stream().filter(p -> p.kind().equals(kind)).toList();
    }

    private static Event eventContaining(Timeline t, String words) {
        return t.events().stream().filter(e -> e.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no event with \"" + words + "\" in " + texts(t)));
    }

    private static List<String> texts(Timeline t) {
        return t.events().stream().map(Event::text).toList();
    }

    /** The article's lines exactly as the loader numbers them. */
    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    private static void assertSourcePointsAtText(String text, Timeline t) {
        List<String> lines = lines(text);
        for (Event e : t.events()) {
            String line = lines.get(e.source().line() - 1);
            int from = e.source().column() - 1;
            assertEquals(e.text(), line.substring(from, from + e.source().length()),
                    () -> "source of " + e.id() + " at " + e.source());
        }
    }

    // ---------------------------------------------------------------- the good article, as a reference

    @Test
    void theReferenceArticleReadsAsExpected() throws Exception {
        Timeline t = load(write("belarus.txt", ARTICLE));

        assertEquals("Belarus–NATO relations", t.title());
        assertEquals("Belarus NATO Locator Lambert.svg", t.infobox().get("Map"));
        assertEquals(List.of("2004", "2008–2009"), t.periods().stream().map(p -> p.label()).toList());

        Event accession = eventContaining(t, "accession");
        assertEquals(PartialDate.ofDay(2004, 1, 19), accession.start());
        assertEquals(DateBasis.STATED, accession.dateBasis());
        assertEquals(10, accession.source().line());

        Event goals = eventContaining(t, "partnership goals");
        assertEquals(PartialDate.ofYear(2004), goals.start());
        assertEquals(DateBasis.SECTION, goals.dateBasis());

        Event cautious = eventContaining(t, "cautious");
        assertEquals(PartialDate.ofYear(2008).withQualifier(Qualifier.LATE), cautious.start());

        Event delegation = eventContaining(t, "delegation");
        assertEquals(PartialDate.ofMonth(2009, 3), delegation.start());
        assertEquals(15, delegation.source().line());
        assertEquals(3, delegation.source().column(), "after the '- ' of the bullet");
        assertSourcePointsAtText(ARTICLE, t);
        assertTrue(problems(t, "encoding").isEmpty() && problems(t, "markup").isEmpty(), () -> "" + t.problems());
    }

    // ---------------------------------------------------------------- empty and binary

    @Test
    void anEmptyFileIsRefusedAsEmpty() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        LoadException e = refused(empty);
        assertTrue(e.getMessage().startsWith(empty + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aWhitespaceOnlyFileIsRefusedAsEmpty() throws Exception {
        Path blank = write("blank.txt", " \n\t\r\n   \n\n");
        LoadException e = refused(blank);
        assertTrue(e.getMessage().startsWith(blank + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aPngIsRefusedAsBinaryWithItsLine() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
                0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, (byte) 0xa8, 0x66};
        Path logo = write("logo.png", png);
        LoadException e = refused(logo);
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertEquals(3, e.line(), "the first NUL is on the third line (after CR LF and LF)");
        assertTrue(e.getMessage().startsWith(logo + ":3: "), e.getMessage());
    }

    @Test
    void controlCharactersWithoutNulAreRefusedAsBinary() throws Exception {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (1 + i % 8); // 0x01..0x08: no NUL, no line end, all control characters
        }
        Path data = write("data.bin", bytes);
        LoadException e = refused(data);
        assertTrue(e.getMessage().startsWith(data + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    // ---------------------------------------------------------------- encodings

    @Test
    void latin1ByteIsReadAsWindows1252WithAnEncodingProblemOnItsLine() throws Exception {
        byte[] before = "= Belarus relations =\n\nThe caf".getBytes(StandardCharsets.US_ASCII);
        byte[] after = " in Minsk hosted NATO officers in May 2005.\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = (byte) 0xE9; // "é" in Latin-1 / Windows-1252, invalid in UTF-8
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);

        Timeline t = load(write("latin1.txt", bytes));

        List<Problem> encoding = problems(t, "encoding");
        assertEquals(1, encoding.size(), () -> "" + t.problems());
        assertEquals(3, encoding.get(0).line());
        assertTrue(encoding.get(0).message().contains("Windows-1252"), encoding.get(0).message());
        assertTrue(encoding.get(0).message().contains("0xe9"), encoding.get(0).message());
        Event e = eventContaining(t, "café in Minsk");
        assertEquals("The café in Minsk hosted NATO officers in May 2005.", e.text());
        assertEquals(PartialDate.ofMonth(2005, 5), e.start());
        assertEquals("Belarus relations", t.title());
    }

    @Test
    void anEncodingProblemIsOnTheRightLineWithLoneCrLineEnds() throws Exception {
        byte[] head = "= Belarus relations =\r\rThe caf".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = " hosted NATO officers in May 2005.\r".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);

        Timeline t = load(write("latin1-cr.txt", bytes));

        List<Problem> encoding = problems(t, "encoding");
        assertEquals(1, encoding.size(), () -> "" + t.problems());
        assertEquals(3, encoding.get(0).line(), "lines end in CR alone here; the loader numbers them so");
        assertEquals(3, eventContaining(t, "café").source().line());
    }

    @Test
    void aStrayLatin1ByteDoesNotGarbleTheUtf8OfOtherLines() throws Exception {
        String article = ARTICLE.replace("approved a package", "approved a package (caf\u0000)");
        byte[] bytes = article.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = (byte) 0xE9; // one Latin-1 byte on line 11, en dashes in UTF-8 elsewhere
            }
        }
        Timeline t = load(write("mixed.txt", bytes));

        assertEquals(11, problems(t, "encoding").get(0).line());
        assertTrue(eventContaining(t, "partnership goals").text().contains("(café)"));
        assertEquals("Belarus–NATO relations", t.title(), "the UTF-8 en dash of line 1 stays an en dash");
        assertEquals(List.of("2004", "2008–2009"), t.periods().stream().map(p -> p.label()).toList(),
                "the '2008–2009' heading (UTF-8 en dash) is still a period");
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheTitle() throws Exception {
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        Timeline t = load(write("bom.txt", bytes));

        assertEquals("Belarus–NATO relations", t.title());
        assertTrue(t.problems().stream().noneMatch(p -> p.kind().equals("markup")), () -> "" + t.problems());
        assertEquals(load(write("plain.txt", ARTICLE)).events(), t.events());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        Timeline t = load(write("utf16.txt", bytes));

        assertEquals("Belarus–NATO relations", t.title());
        assertEquals(load(write("plain.txt", ARTICLE)).events(), t.events());
    }

    // ---------------------------------------------------------------- line ends and tabs

    @Test
    void crlfAndLoneCrGiveTheSameEventsAsLf() throws Exception {
        Timeline lf = load(write("lf.txt", ARTICLE));
        Timeline crlf = load(write("crlf.txt", ARTICLE.replace("\n", "\r\n")));
        Timeline cr = load(write("cr.txt", ARTICLE.replace("\n", "\r")));

        assertEquals(5, lf.events().size(), () -> "" + texts(lf));
        for (Timeline other : List.of(crlf, cr)) {
            assertEquals(lf.title(), other.title());
            assertEquals(lf.periods(), other.periods());
            assertEquals(lf.problems(), other.problems());
            // Event is a record: dates, headline, text, source line/column/length, id all compared
            assertEquals(lf.events(), other.events());
        }
        assertTrue(cr.events().stream().noneMatch(e -> e.text().contains("\r")));
    }

    @Test
    void mixedLineEndsCountLinesLikeAnEditor() throws Exception {
        String text = "= T =\r\n\r\n== 2004 ==\rBelarus joined a NATO course.\n\r\nBelarus left it in 2005.\r\n";
        Timeline t = load(write("mixed-ends.txt", text));

        assertEquals(4, eventContaining(t, "joined").source().line());
        assertEquals(6, eventContaining(t, "left").source().line());
        assertSourcePointsAtText(text, t);
    }

    @Test
    void tabsKeepSourcePositionsOnTheText() throws Exception {
        String text = String.join("\n",
                "= Belarus–NATO relations =",
                "",
                "== 2004 ==",
                "\tBelarus announced its accession\tto the NATO process on 19 January 2004. \tIt sent\tofficers.",
                "",
                " \t- In March 2005 Belarus\thosted a NATO seminar.",
                "\t \tBelarus and NATO met again in 2006.\t ",
                "");
        Timeline t = load(write("tabs.txt", text));

        Event accession = eventContaining(t, "accession");
        assertEquals(PartialDate.ofDay(2004, 1, 19), accession.start());
        assertEquals(4, accession.source().line());
        assertEquals(2, accession.source().column(), "the text starts after the tab");
        assertTrue(accession.text().contains("accession\tto"), "a tab inside a sentence stays in its text");

        Event sent = eventContaining(t, "officers");
        assertEquals(PartialDate.ofYear(2004), sent.start());

        Event seminar = eventContaining(t, "seminar");
        assertEquals(PartialDate.ofMonth(2005, 3), seminar.start());
        assertEquals(5, seminar.source().column());

        Event again = eventContaining(t, "met again");
        assertEquals("Belarus and NATO met again in 2006.", again.text());
        assertEquals(4, again.source().column());

        assertEquals(4, t.events().size(), () -> "" + texts(t));
        assertSourcePointsAtText(text, t);
    }

    // ---------------------------------------------------------------- unbalanced markup

    @Test
    void anUnclosedYearHeadingIsReportedAndStillDatesItsSection() throws Exception {
        assertHeadingProblemButDated("=== 2004", "not closed");
    }

    @Test
    void anUnbalancedYearHeadingIsReportedAndStillDatesItsSection() throws Exception {
        assertHeadingProblemButDated("=== 2004 ==", "3 '=' before and 2 after");
    }

    private void assertHeadingProblemButDated(String heading, String says) throws Exception {
        String text = ARTICLE.replace("=== 2004 ===", heading);
        assertTrue(text.contains(heading + "\n"));
        Timeline t = load(write("heading.txt", text));

        List<Problem> markup = problems(t, "markup");
        assertEquals(1, markup.size(), () -> "" + t.problems());
        assertEquals(9, markup.get(0).line());
        assertTrue(markup.get(0).message().contains(says), markup.get(0).message());

        Event goals = eventContaining(t, "partnership goals");
        assertEquals(PartialDate.ofYear(2004), goals.start());
        assertEquals(DateBasis.SECTION, goals.dateBasis());
        assertEquals(List.of("Cooperation", "2004"), goals.section());
        assertEquals(PartialDate.ofDay(2004, 1, 19), eventContaining(t, "accession").start());
    }

    @Test
    void aYearHeadingWithTheLetterOIsReportedAndDatesNothing() throws Exception {
        String text = String.join("\n",
                "= Belarus–NATO relations =",
                "",
                "== Cooperation ==",
                "=== 2003 ===",
                "Belarus and NATO held talks.",
                "",
                "=== 20O4 ===",                                       // line 7: letter O, not zero
                "Belarus and NATO approved a package of partnership goals.",
                "Belarus hosted NATO officers in May 2005.",
                "");
        Timeline t = load(write("letter-o.txt", text));

        List<Problem> markup = problems(t, "markup");
        assertEquals(1, markup.size(), () -> "" + t.problems());
        assertEquals(7, markup.get(0).line());
        assertTrue(markup.get(0).message().contains("looks like a year"), markup.get(0).message());

        assertTrue(t.events().stream().noneMatch(e -> e.text().contains("partnership goals")),
                () -> "an undated sentence under '20O4' gets no date (not 2004, not 2003): " + t.events());
        assertTrue(problems(t, "undated").stream().anyMatch(p -> p.line() == 8), () -> "" + t.problems());
        assertEquals(PartialDate.ofMonth(2005, 5), eventContaining(t, "May 2005").start(), "own dates still count");
        assertEquals(PartialDate.ofYear(2003), eventContaining(t, "held talks").start());
        assertEquals(List.of("2003"), t.periods().stream().map(p -> p.label()).toList());
    }

    @Test
    void noTitleLineIsReportedAndTheFileNameGivesTheTitle() throws Exception {
        String text = ARTICLE.substring(ARTICLE.indexOf('\n') + 1); // drop "= Belarus–NATO relations ="
        Timeline t = load(write("belarus-nato_relations.txt", text));

        assertEquals("Belarus NATO relations", t.title());
        List<Problem> markup = problems(t, "markup");
        assertEquals(1, markup.size(), () -> "" + t.problems());
        assertTrue(markup.get(0).message().contains("Title"), markup.get(0).message());
        assertEquals(PartialDate.ofDay(2004, 1, 19), eventContaining(t, "accession").start());
        assertEquals(9, eventContaining(t, "accession").source().line());
    }

    // ---------------------------------------------------------------- size limits

    @Test
    void aFiveMegabyteLineIsSkippedAndTheRestIsRead() throws Exception {
        String sentence = "Belarus and NATO met in 1999 to talk. ";
        StringBuilder huge = new StringBuilder(5_000_000 + sentence.length());
        while (huge.length() < 5_000_000) {
            huge.append(sentence);
        }
        String text = "= Belarus–NATO relations =\n\n" + huge + "\n\nBelarus joined the Partnership for Peace in 1995.\n";

        long start = System.nanoTime();
        Timeline t = load(write("long-line.txt", text));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        List<Problem> tooLong = problems(t, "too-long");
        assertEquals(1, tooLong.size(), () -> "" + t.problems());
        assertEquals(3, tooLong.get(0).line());
        assertEquals("Belarus joined the Partnership for Peace in 1995.", eventContaining(t, "Partnership").text());
        assertEquals(5, eventContaining(t, "Partnership").source().line());
        assertTrue(t.events().stream().noneMatch(e -> e.source().line() == 3), "nothing read from the skipped line");
        assertEquals(1, t.events().size());
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    /**
     * A long run of capitalised words (a line in capitals, or a list written on one line) is well under
     * the line limit, yet must not overflow the stack of the regular expression that finds names.
     */
    @Test
    void aLongRunOfCapitalisedWordsIsReadWithoutStackOverflow() throws Exception {
        String shouting = "BELARUS AND NATO SIGNED THE PARTNERSHIP DOCUMENTS ".repeat(400) + "in 2004.";
        String members = "Albania Belgium Bulgaria Canada Croatia Denmark Estonia France ".repeat(200).strip();
        assertTrue(shouting.length() < LoaderOptions.DEFAULTS.maxLineLength() && members.length() < 20_000);
        String text = "= Belarus–NATO relations =\n\n" + shouting + "\n\n" + members
                + "\n\nBelarus joined the Partnership for Peace in 1995.\n";

        Timeline t = load(write("capitals.txt", text));

        assertEquals(2, t.events().size(), () -> "" + texts(t));
        assertEquals(PartialDate.ofYear(1995), t.events().get(0).start());
        assertEquals(PartialDate.ofYear(2004), t.events().get(1).start());
        assertEquals(shouting, t.events().get(1).text());
        assertTrue(problems(t, "too-long").isEmpty());
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100_000_000); // sparse: no 100 MB actually written
        }
        long start = System.nanoTime();
        LoadException e = refused(big);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(e.getMessage().startsWith(big.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("100 MB is over the 32 MB limit"), e.getMessage());
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertTrue(e.getMessage().contains("--max-size"), e.getMessage());
        assertTrue(millis < 1_000, "refused in " + millis + " ms; it should not read the file");
    }

    @Test
    void theSizeLimitIsConfigurable() throws Exception {
        byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
        Path file = write("small.txt", bytes);

        TimelineLoader strict = new TimelineLoader(LoaderOptions.DEFAULTS.withMaxBytes(bytes.length - 1));
        LoadException e = refused(strict, file);
        assertTrue(e.getMessage().contains("limit") && e.getMessage().contains("--max-size"), e.getMessage());
        LoadException fromBytes = assertThrows(LoadException.class, () -> strict.load("small.txt", bytes));
        assertTrue(fromBytes.getMessage().startsWith("small.txt: "), fromBytes.getMessage());

        Timeline t = new TimelineLoader(LoaderOptions.DEFAULTS.withMaxBytes(bytes.length)).load(file);
        assertEquals(5, t.events().size(), "a file exactly at the limit is read");
    }

    @Test
    void theLineLengthLimitIsConfigurable() throws Exception {
        Timeline t = new TimelineLoader(new LoaderOptions(1_000_000, 60)).load(write("short-lines.txt", ARTICLE));
        // line 10 (the accession, 83 characters) and 14 are over 60 characters; line 11 (57) is not
        assertEquals(List.of(6, 10, 14), problems(t, "too-long").stream().map(Problem::line).toList());
        assertTrue(t.events().stream().noneMatch(e -> e.text().contains("accession")));
        assertEquals(PartialDate.ofYear(2004), eventContaining(t, "partnership goals").start());
    }

    /**
     * A pipe (or a device such as /dev/zero) reports size 0, so the size check cannot stop it: the
     * loader must stop reading once it has more bytes than the limit instead of reading without end.
     */
    @Test
    void aStreamLongerThanTheLimitIsNotReadToTheEnd() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        boolean made;
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here");

        long limit = 64 * 1024;
        long offered = 64L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        Thread writer = new Thread(() -> {
            byte[] chunk = "Belarus and NATO met in 2004.\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (written.get() < offered) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the reader closed the pipe: expected once it has read enough
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();

        LoadException e = refused(new TimelineLoader(LoaderOptions.DEFAULTS.withMaxBytes(limit)), fifo);
        writer.join(10_000);

        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertTrue(written.get() < offered, "the loader read all " + written.get() + " bytes of a stream over its limit");
    }

    // ---------------------------------------------------------------- not a readable file

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("no-such-article.txt");
        LoadException e = refused(missing);
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void aFolderIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("articles.txt"));
        LoadException e = refused(folder);
        assertTrue(e.getMessage().startsWith(folder + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    // ---------------------------------------------------------------- ordering

    /**
     * An undated sentence in a range section takes the section's start year; it must not be placed
     * after a later-year event of the same section (Timeline refuses events out of year order).
     */
    @Test
    void aSectionDatedSentenceAfterALaterDatedOneStillLoads() throws Exception {
        String text = String.join("\n",
                "= Belarus–NATO relations =",
                "",
                "=== 2008–2009 ===",
                "In 2009 Belarus joined a NATO exercise.",
                "",
                "Belarus and NATO held talks.",
                "");
        Timeline t = load(write("range.txt", text));

        Event talks = eventContaining(t, "held talks");
        assertEquals(DateBasis.SECTION, talks.dateBasis());
        assertEquals(PartialDate.ofYear(2008), talks.start());
        assertEquals(PartialDate.ofYear(2009), talks.end());
        List<Integer> years = t.events().stream().map(e -> e.start().year()).collect(Collectors.toCollection(ArrayList::new));
        List<Integer> sorted = new ArrayList<>(years);
        sorted.sort(null);
        assertEquals(sorted, years);
    }
}
