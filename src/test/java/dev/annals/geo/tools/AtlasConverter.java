package dev.annals.geo.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns world-atlas's TopoJSON ({@code countries-50m.json}) into the compact shapes file that
 * {@code dev.annals.geo.WorldAtlas} reads (its Javadoc describes the format). Run once when the atlas
 * changes, from the project folder, on {@code countries-50m.json} of npm {@code world-atlas}:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:$(cat target/test.classpath) dev.annals.geo.tools.AtlasConverter \
 *     countries-50m.json src/main/resources/data/countries-50m.shapes \
 *     "Natural Earth 1:50m (public domain) via world-atlas 2.0.2 (ISC)"
 * </pre>
 *
 * <p>Decoding TopoJSON: the topology's arcs are lists of quantised positions, the first absolute and the
 * rest differences from the one before; a geometry's ring lists arc indexes, where {@code ~i} (a negative
 * number) means arc {@code i} walked backwards. Consecutive arcs of a ring share their joining point, and
 * a ring ends where it began; both repeats are dropped here. Coordinates stay quantised, so the file holds
 * integers and the scale and translation that turn them into degrees.
 */
public final class AtlasConverter {
    private AtlasConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: AtlasConverter countries-50m.json OUT.shapes SOURCE-LINE");
            System.exit(2);
        }
        JsonNode topology = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        byte[] shapes = convert(topology, args[2]);
        Files.write(Path.of(args[1]), shapes);
        System.out.printf("%s: %d shapes, %,d bytes%n", args[1], topology.path("objects").path("countries")
                .path("geometries").size(), shapes.length);
    }

    /** The shapes file for the {@code countries} object of a quantised TopoJSON topology. */
    public static byte[] convert(JsonNode topology, String source) throws IOException {
        JsonNode transform = topology.path("transform");
        if (transform.isMissingNode()) {
            throw new IllegalArgumentException("the topology is not quantised (no transform)");
        }
        List<int[]> arcs = decodeArcs(topology.path("arcs"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("ASHP");
        out.writeByte(1);
        writeString(out, source);
        out.writeDouble(transform.path("scale").get(0).asDouble());
        out.writeDouble(transform.path("scale").get(1).asDouble());
        out.writeDouble(transform.path("translate").get(0).asDouble());
        out.writeDouble(transform.path("translate").get(1).asDouble());
        JsonNode geometries = topology.path("objects").path("countries").path("geometries");
        writeVarint(out, geometries.size());
        for (JsonNode geometry : geometries) {
            writeString(out, geometry.path("id").asText(""));
            writeString(out, geometry.path("properties").path("name").asText());
            List<int[]> rings = rings(geometry, arcs);
            writeVarint(out, rings.size());
            for (int[] ring : rings) {
                writeVarint(out, ring.length / 2);
                int qx = 0;
                int qy = 0;
                for (int i = 0; i < ring.length; i += 2) {
                    writeVarint(out, zigzag(ring[i] - qx));
                    writeVarint(out, zigzag(ring[i + 1] - qy));
                    qx = ring[i];
                    qy = ring[i + 1];
                }
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Every arc as absolute quantised positions {@code x0, y0, x1, y1, …}. */
    private static List<int[]> decodeArcs(JsonNode arcsNode) {
        List<int[]> arcs = new ArrayList<>(arcsNode.size());
        for (JsonNode arc : arcsNode) {
            int[] points = new int[2 * arc.size()];
            int x = 0;
            int y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asInt();
                y += arc.get(i).get(1).asInt();
                points[2 * i] = x;
                points[2 * i + 1] = y;
            }
            arcs.add(points);
        }
        return arcs;
    }

    /** The rings of a Polygon or MultiPolygon, each without its closing point. */
    private static List<int[]> rings(JsonNode geometry, List<int[]> arcs) {
        String type = geometry.path("type").asText();
        List<JsonNode> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(geometry.path("arcs"));
            case "MultiPolygon" -> geometry.path("arcs").forEach(polygons::add);
            default -> throw new IllegalArgumentException("unexpected geometry " + type + " for "
                    + geometry.path("properties").path("name").asText());
        }
        List<int[]> rings = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            for (JsonNode ringArcs : polygon) {
                rings.add(stitch(ringArcs, arcs));
            }
        }
        return rings;
    }

    private static int[] stitch(JsonNode ringArcs, List<int[]> arcs) {
        IntList ring = new IntList();
        for (JsonNode index : ringArcs) {
            int i = index.asInt();
            int[] arc = arcs.get(i >= 0 ? i : ~i);
            int n = arc.length / 2;
            for (int k = ring.size() == 0 ? 0 : 1; k < n; k++) { // an arc starts where the previous one ended
                int p = i >= 0 ? k : n - 1 - k;
                ring.add(arc[2 * p], arc[2 * p + 1]);
            }
        }
        int[] points = ring.toArray();
        int last = points.length - 2;
        boolean closed = points.length >= 4 && points[0] == points[last] && points[1] == points[last + 1];
        return closed ? Arrays.copyOf(points, last) : points;
    }

    private static int zigzag(int n) {
        return (n << 1) ^ (n >> 31);
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7f) != 0) {
            out.writeByte((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, utf8.length);
        out.write(utf8);
    }

    /** A growing list of ints, to stitch rings without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int x, int y) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = x;
            values[size++] = y;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
