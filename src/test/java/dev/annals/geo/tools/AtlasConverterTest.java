package dev.annals.geo.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.geo.CountryShape;
import dev.annals.geo.WorldAtlas;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The converter decodes TopoJSON as the specification says, and WorldAtlas reads back what it writes. */
class AtlasConverterTest {
    /*
     * Two unit squares side by side, quantised with scale 1 and translate (-10, 20), so quantised (x, y)
     * is at longitude x - 10, latitude y + 20:
     *   arc 0: (1,0) → (1,1), the shared edge, delta-encoded as [1,0],[0,1]
     *   arc 1: (1,1) → (0,1) → (0,0) → (1,0), the rest of the left square
     *   arc 2: (1,0) → (2,0) → (2,1) → (1,1), the rest of the right square
     * "West" walks arc 0 then arc 1; "East" walks arc 2 then arc 0 backwards (~0 = -1).
     * "Holed", a MultiPolygon, is a 4×4 square with a 2×2 hole, plus the left square again.
     */
    private static final String TOPOLOGY = """
            {"type":"Topology","transform":{"scale":[1,1],"translate":[-10,20]},
             "arcs":[[[1,0],[0,1]],
                     [[1,1],[-1,0],[0,-1],[1,0]],
                     [[1,0],[1,0],[0,1],[-1,0]],
                     [[0,0],[4,0],[0,4],[-4,0],[0,-4]],
                     [[1,1],[0,2],[2,0],[0,-2],[-2,0]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"id":"001","properties":{"name":"West"}},
               {"type":"Polygon","arcs":[[2,-1]],"id":"002","properties":{"name":"East"}},
               {"type":"MultiPolygon","arcs":[[[3],[4]],[[0,1]]],"properties":{"name":"Holed"}}]}}}
            """;

    // given a small topology, when converted and read back, then rings are stitched, reversed arcs walked backwards,
    // joints and closing points not repeated, ids and names kept
    @Test
    void stitchesArcsIntoRings() throws Exception {
        byte[] file = AtlasConverter.convert(new ObjectMapper().readTree(TOPOLOGY), "test topology");
        WorldAtlas atlas = WorldAtlas.read(new ByteArrayInputStream(file));

        assertThat(atlas.source()).isEqualTo("test topology");
        assertThat(atlas.shapes()).extracting(CountryShape::atlasName).containsExactly("West", "East", "Holed");
        assertThat(atlas.named("West").orElseThrow().rings()).containsExactly(
                new double[] {-9, 20, -9, 21, -10, 21, -10, 20});
        assertThat(atlas.named("East").orElseThrow().rings()).containsExactly(
                new double[] {-9, 20, -8, 20, -8, 21, -9, 21});
        CountryShape holed = atlas.named("Holed").orElseThrow();
        assertThat(holed.iso()).isEmpty();
        assertThat(holed.rings()).containsExactly(
                new double[] {-10, 20, -6, 20, -6, 24, -10, 24},
                new double[] {-9, 21, -9, 23, -7, 23, -7, 21},
                new double[] {-9, 20, -9, 21, -10, 21, -10, 20});
        assertThat(atlas.withIso("002")).containsExactly(atlas.named("East").orElseThrow());
    }
}
