package dev.annals.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.loader.TimelineLoader;
import dev.annals.open.TimelineFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The North America inset is drawn only when a member or the subject lies outside the Europe view. */
class MapDataTest {
    @Test
    void natoNeedsTheInsetForTheUnitedStatesAndCanada() {
        assertThat(MapData.prepare(TimelineFiles.embedded()).needsInset()).isTrue();
    }

    @Test
    void theEuropeanUnionDoesNot() throws Exception {
        var finland = new TimelineLoader().load(Path.of("src/test/resources/articles/finland-eu-relations.txt"));
        assertThat(MapData.prepare(finland).needsInset()).isFalse();
    }
}
