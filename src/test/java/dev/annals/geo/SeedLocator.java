package dev.annals.geo;

import dev.annals.json.TimelineJson;
import dev.annals.model.Timeline;
import java.io.InputStream;

/** The embedded Belarus–NATO timeline, whose locator the map tests use. */
final class SeedLocator {
    private static final String RESOURCE = "/data/belarus-nato-relations.timeline.json";

    private SeedLocator() {
    }

    static Timeline timeline() {
        try (InputStream in = SeedLocator.class.getResourceAsStream(RESOURCE)) {
            return TimelineJson.read(in, RESOURCE);
        } catch (Exception e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
