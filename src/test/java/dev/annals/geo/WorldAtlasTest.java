package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.model.Country;
import dev.annals.model.CountryTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled atlas: complete, sane, fast to read, and named as the gazetteer expects. */
class WorldAtlasTest {
    private final WorldAtlas atlas = WorldAtlas.standard();

    // given the bundled file, then it holds all 241 features of world-atlas's countries-50m, with as many rings and
    // points as countries-50m.json gives when counted apart from this code (rings, and for each ring the sum over
    // its arcs of the arc's length less one, the joint it shares with the next arc)
    @Test
    void holdsEveryFeatureOfTheSourceAtlas() {
        assertThat(atlas.shapes()).hasSize(241);
        assertThat(atlas.source()).contains("Natural Earth").contains("world-atlas 2.0.2");
        assertThat(atlas.shapes().stream().mapToInt(s -> s.rings().size()).sum()).isEqualTo(1_629);
        assertThat(atlas.shapes().stream().mapToInt(CountryShape::pointCount).sum()).isEqualTo(97_910);
    }

    // given every shape, then each ring has at least three points, all on the globe, none repeating the first at the end
    @Test
    void ringsAreClosedPolygonsOnTheGlobe() {
        for (CountryShape shape : atlas.shapes()) {
            assertThat(shape.rings()).as(shape.toString()).isNotEmpty();
            for (double[] ring : shape.rings()) {
                assertThat(ring.length).as(shape + " ring size").isEven().isGreaterThanOrEqualTo(6);
                for (int i = 0; i < ring.length; i += 2) {
                    assertThat(ring[i]).as(shape + " longitude").isBetween(-180.0, 180.0);
                    assertThat(ring[i + 1]).as(shape + " latitude").isBetween(-90.0, 90.0);
                }
                int last = ring.length - 2;
                assertThat(ring[0] == ring[last] && ring[1] == ring[last + 1]).as(shape + " repeats its first point").isFalse();
            }
        }
    }

    // given the gazetteer, then every atlas name and territory it uses is a feature of the atlas
    @Test
    void everyNameTheGazetteerUsesIsInTheAtlas() {
        for (Country c : CountryTable.standard().all()) {
            Stream.concat(Stream.of(c.atlasName()).filter(n -> !n.isEmpty()), c.territories().stream())
                    .forEach(name -> assertThat(atlas.named(name)).as(c.name() + " → " + name).isPresent());
        }
    }

    // given ISO codes, then lookup finds the state, and both features where the atlas shares a code
    @Test
    void looksUpByIsoCodeAndByName() {
        assertThat(atlas.withIso("616")).extracting(CountryShape::atlasName).containsExactly("Poland");
        assertThat(atlas.withIso("036")).extracting(CountryShape::atlasName)
                .containsExactlyInAnyOrder("Australia", "Ashmore and Cartier Is.");
        assertThat(atlas.withIso("999")).isEmpty();
        assertThat(atlas.named("Kosovo")).hasValueSatisfying(k -> assertThat(k.iso()).isEmpty());
        assertThat(atlas.named("United States of America")).hasValueSatisfying(us -> assertThat(us.iso()).isEqualTo("840"));
    }

    // given bytes that are not a shapes file, or a file cut short, then reading fails with a message saying so
    @Test
    void rejectsForeignAndTruncatedFiles() throws IOException {
        assertThatThrownBy(() -> WorldAtlas.read(new ByteArrayInputStream("{\"type\":\"Topology\"}".getBytes())))
                .isInstanceOf(IOException.class).hasMessage("not a shapes file (ASHP version 1): wrong header at byte 5");
        byte[] whole;
        try (InputStream in = WorldAtlas.class.getResourceAsStream(WorldAtlas.RESOURCE)) {
            whole = in.readAllBytes();
        }
        assertThatThrownBy(() -> WorldAtlas.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2))))
                .isInstanceOf(IOException.class).hasMessageStartingWith("shapes file cut short");
    }
}
