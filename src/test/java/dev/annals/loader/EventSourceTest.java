package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.DateBasis;
import dev.annals.model.Event;
import dev.annals.model.Precision;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No event that is not in the text: over the seed, the test articles and the Wikipedia fixtures, every event's sentence stands
 * at its source position, a stated event's date text is written in that sentence, and the year it is
 * dated by is written in its paragraph up to that sentence.
 */
class EventSourceTest {
    static Stream<Path> articles() throws IOException {
        List<Path> list = new java.util.ArrayList<>(List.of(Path.of("seeds/belarus-nato-relations.txt")));
        for (String dir : List.of("src/test/resources/articles", "src/test/resources/wikipedia")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                list.addAll(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        return list.stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyEventIsWrittenWhereItsSourceSays(Path article) throws Exception {
        Timeline t = new TimelineLoader().load(article);
        List<String> lines = List.of(Files.readString(article, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
        assertThat(t.events()).isNotEmpty().allSatisfy(e -> {
            String line = lines.get(e.source().line() - 1);
            int from = e.source().column() - 1;
            String sentence = line.substring(from, from + e.source().length());
            assertThat(sentence).as(e.id()).isEqualTo(e.text());
            if (e.dateBasis() == DateBasis.STATED) {
                assertThat(sentence.toLowerCase(Locale.ROOT)).as("date text of %s", e.id())
                        .contains(e.dateText().toLowerCase(Locale.ROOT));
                assertThat(line.substring(0, from + e.source().length())).as("year of %s", e.id()).contains(writtenYear(e));
            }
        });
    }

    /** How the text must write the year of a stated date: its digits (a decade's first three), or "century". */
    private static String writtenYear(Event e) {
        String year = String.valueOf(e.start().year());
        return switch (e.start().precision()) {
            case CENTURY -> "century";
            case DECADE -> year.substring(0, 3);
            default -> year;
        };
    }
}
