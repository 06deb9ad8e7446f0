package dev.annals.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.DateBasis;
import dev.annals.model.DateMention;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Qualifier;
import dev.annals.model.SourceFile;
import dev.annals.model.SourcePosition;
import dev.annals.model.Timeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast reader of large timelines (slices read by {@link EventScanner}) against the general Jackson
 * reader: it reads every timeline Annals writes, to the same events, and on damaged bytes it either
 * reads exactly what the general reader reads or leaves the file to it; it never accepts what the
 * general reader refuses.
 */
class EventScannerPropertiesTest {
    /** Pieces of text that JSON must escape or encode in several bytes, and bytes the scanner looks for. */
    private static final String[] PIECES = {"Belarus", " ", "NATO", "–", "é", "Ł", "€", "😀", "\"", "\\", "/", "\n",
        "\t", "\u0001", "\u001f", "\u007f", "}", "]", "{", "[", ",", ":", "null", "\uFFFD", "日本", "0", "-1"};
    /** Bytes written over the file: structure, digits, letters, controls and bytes that are not UTF-8 alone. */
    private static final byte[] DAMAGE = {'"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', '0', '9', '-', '.', 'e',
        'n', 'u', 'l', 'x', 'Y', 1, 0x1f, (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, (byte) 0x80};

    private final Path file;

    EventScannerPropertiesTest() throws IOException {
        file = Files.createTempFile("annals-scanner", ".timeline.json");
    }

    @AfterProperty
    void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void theScannerReadsEveryTimelineAnnalsWrites(@ForAll("timelines") Timeline timeline) throws IOException {
        TimelineJson.write(timeline, file);
        Optional<Timeline> fast = new ParallelEventReader(TimelineJson.MAPPER).read(file);
        assertThat(fast).as("read by the scanner, not left to the general reader").isPresent();
        assertThat(fast.get()).isEqualTo(timeline);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void onDamagedBytesTheScannerAgreesWithTheGeneralReaderOrLeavesTheFileToIt(
            @ForAll("timelines") Timeline timeline, @ForAll("damage") List<Integer> damage) throws IOException {
        byte[] bytes = TimelineJson.toJson(timeline).getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int from = text.indexOf("\"events\": [") + 11;
        int to = text.lastIndexOf("\"problems\"");
        bytes = damaged(bytes, from, to, damage);
        Files.write(file, bytes);

        Optional<Timeline> fast = new ParallelEventReader(TimelineJson.MAPPER).read(file);
        Timeline general;
        try {
            general = TimelineJson.read(new ByteArrayInputStream(bytes), "damaged");
        } catch (TimelineFormatException e) {
            general = null;
        }
        Statistics.label("outcome").collect(fast.isPresent() ? "scanner read it"
                : general == null ? "refused, as by the general reader" : "left to the general reader, which read it");
        if (fast.isPresent()) {
            assertThat(general).as("the general reader reads what the scanner reads").isNotNull();
            assertThat(fast.get()).isEqualTo(general);
        }
    }

    /** Each damage is three numbers: where in [from, to), what happens (overwrite, delete, insert), and which byte. */
    private static byte[] damaged(byte[] bytes, int from, int to, List<Integer> damage) {
        List<Byte> out = new ArrayList<>();
        for (byte b : bytes) {
            out.add(b);
        }
        for (int i = 0; i + 2 < damage.size(); i += 3) {
            int at = from + Math.floorMod(damage.get(i), Math.max(1, to - from));
            byte b = DAMAGE[Math.floorMod(damage.get(i + 2), DAMAGE.length)];
            switch (Math.floorMod(damage.get(i + 1), 3)) {
                case 0 -> out.set(at, b);
                case 1 -> out.remove(at);
                default -> out.add(at, b);
            }
            to = Math.min(to, out.size());
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    @Provide
    Arbitrary<List<Integer>> damage() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(3).ofMaxSize(9);
    }

    @Provide
    Arbitrary<Timeline> timelines() {
        return events().list().ofMinSize(1).ofMaxSize(12).map(events -> {
            List<Event> sorted = new ArrayList<>(events);
            sorted.sort(Comparator.comparing((Event e) -> e.start().firstYear()));
            return new Timeline(Timeline.SCHEMA_VERSION, "Generated", new SourceFile("a.txt", "0".repeat(64)),
                    Map.of("Type", "Relations"), null, List.of(), List.of(), sorted, List.of());
        });
    }

    private Arbitrary<Event> events() {
        Arbitrary<String> text = text();
        Arbitrary<String> name = Arbitraries.of("Belarus", "NATO", "Poland", "Łukašenka", "Ö}", "a]b", "日本");
        Arbitrary<List<String>> names = name.list().ofMaxSize(3);
        Arbitrary<PartialDate> date = dates();
        Arbitrary<SourcePosition> source = Combinators.combine(Arbitraries.integers().between(1, 100_000),
                Arbitraries.integers().between(1, 500), Arbitraries.integers().between(0, 2_000)).as(SourcePosition::new);
        Arbitrary<Entities> entities = Combinators.combine(names, names, names).as(Entities::new);
        Arbitrary<List<DateMention>> mentions = Combinators.combine(text, date, date.injectNull(0.5))
                .as((t, start, end) -> new DateMention(t, start, end == null || end.compareTo(start) < 0 ? null : end))
                .list().ofMaxSize(2);
        Arbitrary<Event> head = Combinators.combine(text, date, Arbitraries.integers().between(0, 3),
                Arbitraries.of(DateBasis.class), text.injectNull(0.5), text, text)
                .as((id, start, years, basis, dateText, headline, sentence) -> new Event(id, start,
                        years == 0 ? null : PartialDate.ofYear(start.lastDay().getYear() + years), basis, dateText,
                        headline, sentence, List.of(), List.of(), new SourcePosition(1, 1, 1), Entities.NONE,
                        "general", List.of(), List.of()));
        return Combinators.combine(head, text.list().ofMaxSize(2), names, source, entities,
                Arbitraries.of("cooperation", "tension", "général"), names, mentions)
                .as((e, items, section, at, who, category, cues, others) -> new Event(e.id(), e.start(), e.end(),
                        e.dateBasis(), e.dateText(), e.headline(), e.text(), items, section, at, who, category, cues,
                        others));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    private static Arbitrary<PartialDate> dates() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1, 2100);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        Arbitrary<Qualifier> qualifier = Arbitraries.of(Qualifier.class).injectNull(0.5);
        return Arbitraries.oneOf(
                Combinators.combine(year, month, day).as(PartialDate::ofDay),
                Combinators.combine(year, month).as(PartialDate::ofMonth),
                Combinators.combine(year, qualifier).as((y, q) -> PartialDate.ofYear(y).withQualifier(q)),
                Combinators.combine(year.filter(y -> y >= 10), qualifier).as((y, q) -> PartialDate.ofDecade(y).withQualifier(q)),
                Arbitraries.integers().between(1, 21).map(PartialDate::ofCentury));
    }
}
