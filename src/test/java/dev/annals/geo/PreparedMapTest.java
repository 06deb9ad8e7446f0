package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.loader.TimelineLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The North America inset is needed only when a member or the subject lies outside the Europe view. */
class PreparedMapTest {
    @Test
    void natoNeedsTheInsetForTheUnitedStatesAndCanada() {
        assertThat(PreparedMap.of(SeedLocator.timeline().locator()).needsInset()).isTrue();
    }

    @Test
    void theEuropeanUnionDoesNot() throws Exception {
        var finland = new TimelineLoader().load(Path.of("src/test/resources/articles/finland-eu-relations.txt"));
        assertThat(PreparedMap.of(finland.locator()).needsInset()).isFalse();
    }

    @Test
    void aTimelineWithoutALocatorGetsAPlainMap() {
        PreparedMap plain = PreparedMap.of(null);
        assertThat(plain.locator().subject()).isEmpty();
        assertThat(plain.needsInset()).isFalse();
    }
}
