package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.json.TimelineJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The timeline shipped in the application must be exactly what the loader makes of the seed today.
 * When the loader changes on purpose, regenerate it:
 * {@code java -jar target/annals.jar load seeds/belarus-nato-relations.txt -o src/main/resources/data/belarus-nato-relations.timeline.json}
 */
class EmbeddedTimelineTest {
    @Test
    void embeddedTimelineIsAFreshLoadOfTheSeed() throws Exception {
        String fresh = TimelineJson.toJson(new TimelineLoader().load(Path.of("seeds/belarus-nato-relations.txt")));
        String embedded = Files.readString(Path.of("src/main/resources/data/belarus-nato-relations.timeline.json"),
                StandardCharsets.UTF_8);
        assertThat(embedded).as("embedded timeline is stale; regenerate it (see this test's Javadoc)").isEqualTo(fresh);
    }

    @Test
    void seedCopyMatchesTheSharedSeedWhenPresent() throws Exception {
        Path shared = Path.of("../shared/seeds/belarus-nato-relations.txt");
        if (Files.exists(shared)) {
            assertThat(Files.readAllBytes(Path.of("seeds/belarus-nato-relations.txt"))).isEqualTo(Files.readAllBytes(shared));
        }
    }
}
