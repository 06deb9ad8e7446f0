package dev.annals.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.model.Timeline;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The loader takes time linear in what it reads, whatever the shape: pathological runs of about 10^5
 * characters ({@link HostileShapes}), alone or after a generated article, load well within a
 * pre-emptive timeout. A linear load of them takes a tenth of a second; the super-linear paths this
 * guards against took from 30 seconds to hours, so the timeout is generous on a loaded machine and
 * still far below them.
 */
class HostileInputPropertiesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int RUN = 100_000;

    /** A hostile article: an optional ordinary article, then one pathological shape. */
    record Hostile(String before, HostileShapes shape, int chars) {
        String text() {
            return before + shape.article(chars);
        }

        @Override
        public String toString() {
            return shape + " of " + chars + " characters after " + before.length() + " characters of article";
        }
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF) // shrinking a timeout would only repeat it
    void pathologicalRunsLoadInLinearTime(@ForAll("hostile") Hostile input) {
        String text = input.text();
        Statistics.label("shape").collect(input.shape());
        Timeline t = assertTimeoutPreemptively(TIMEOUT,
                () -> LoaderPropertiesTest.loadOrRefuse("hostile.txt", text.getBytes(StandardCharsets.UTF_8)),
                () -> input + " took more than " + TIMEOUT.toSeconds() + " s");
        if (t != null) {
            LoaderPropertiesTest.assertConsistent(text, t);
        }
    }

    @Property(tries = 1)
    void theHostileGeneratorProducesEveryShapeInFullAndTheLoaderReadsIt() {
        // Guards the generator: every shape comes up, at full length, and no line of it is skipped as
        // too long (a skipped line would make the timing property pass without reading anything).
        List<Hostile> sample = hostile().sampleStream().limit(300).toList();
        Set<HostileShapes> seen = EnumSet.noneOf(HostileShapes.class);
        for (Hostile h : sample) {
            seen.add(h.shape());
            assertTrue(h.text().length() >= RUN * 9 / 10, () -> "short: " + h);
        }
        assertEquals(EnumSet.allOf(HostileShapes.class), seen);
        for (HostileShapes shape : HostileShapes.values()) {
            Timeline t = LoaderPropertiesTest.loadOrRefuse("hostile.txt", shape.bytes(RUN));
            assertTrue(t != null && t.problems().stream().noneMatch(p -> p.kind().equals("too-long")),
                    () -> shape + " is refused or has lines too long to read");
        }
    }

    @Provide
    Arbitrary<Hostile> hostile() {
        Arbitrary<String> before = Arbitraries.oneOf(Arbitraries.just(""),
                new LoaderPropertiesTest().articles().map(LoaderPropertiesTest.Generated::text));
        return Combinators.combine(before, Arbitraries.of(HostileShapes.class), Arbitraries.integers().between(RUN, 3 * RUN))
                .as((article, shape, chars) -> new Hostile(article, shape, shape.isOneLine() ? RUN : chars));
    }
}
