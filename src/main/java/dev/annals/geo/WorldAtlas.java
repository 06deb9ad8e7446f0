package dev.annals.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The country shapes of the world, read once from the bundled {@code /data/countries-50m.shapes}
 * (Natural Earth 1:50m, public domain, via npm world-atlas 2.0.2; see LICENSE-world-atlas.txt).
 *
 * <p>The file is made once from world-atlas's TopoJSON by {@code dev.annals.geo.tools.AtlasConverter}
 * (in the tests), with shared arcs already stitched into rings, because decoding TopoJSON at every start
 * would cost more and need a JSON library here. Its layout, all numbers big-endian:
 * <pre>
 * "ASHP" version:u8(=1) source:string
 * scaleLon:f64 scaleLat:f64 translateLon:f64 translateLat:f64
 * shapeCount:varint, then per shape: iso:string name:string ringCount:varint,
 *   then per ring: pointCount:varint, then per point: dx:zigzag-varint dy:zigzag-varint
 * string = byteLength:varint + UTF-8 bytes
 * </pre>
 * Points are TopoJSON's quantised positions, each given as the difference from the ring's previous
 * point (the first from 0, 0); a position (qx, qy) is at longitude {@code qx * scaleLon + translateLon},
 * latitude {@code qy * scaleLat + translateLat}. Varints are unsigned LEB128; zigzag maps 0, -1, 1, -2, …
 * to 0, 1, 2, 3, … so small differences of either sign take one or two bytes.
 */
public final class WorldAtlas {
    static final String RESOURCE = "/data/countries-50m.shapes";
    private static final String MAGIC = "ASHP";
    private static final int VERSION = 1;
    private static volatile WorldAtlas standard;

    private final String source;
    private final List<CountryShape> shapes;
    private final Map<String, CountryShape> byName = new HashMap<>();
    private final Map<String, List<CountryShape>> byIso = new HashMap<>();

    WorldAtlas(String source, List<CountryShape> shapes) {
        this.source = source;
        this.shapes = List.copyOf(shapes);
        for (CountryShape s : this.shapes) {
            byName.put(s.atlasName(), s);
            if (!s.iso().isEmpty()) {
                byIso.computeIfAbsent(s.iso(), k -> new ArrayList<>()).add(s);
            }
        }
    }

    /** The bundled atlas, read on first use (about 20 ms at start-up; call it off the UI thread). */
    public static WorldAtlas standard() {
        WorldAtlas atlas = standard;
        if (atlas == null) {
            synchronized (WorldAtlas.class) {
                if (standard == null) {
                    standard = readResource();
                }
                atlas = standard;
            }
        }
        return atlas;
    }

    /** Reads an atlas in the format above. */
    public static WorldAtlas read(InputStream in) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(in.readAllBytes());
        try {
            return decode(buf);
        } catch (BufferUnderflowException e) {
            throw new IOException("shapes file cut short: it ends inside a shape, at byte " + buf.position(), e);
        } catch (IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("not a shapes file (" + MAGIC + " version " + VERSION + "): " + e.getMessage()
                    + " at byte " + buf.position(), e);
        }
    }

    /** Where the shapes come from, for a map's attribution line. */
    public String source() {
        return source;
    }

    /** Every feature, in the atlas's order. */
    public List<CountryShape> shapes() {
        return shapes;
    }

    /** The feature with this atlas name ("United States of America", "Faeroe Is."). */
    public Optional<CountryShape> named(String atlasName) {
        return Optional.ofNullable(byName.get(atlasName));
    }

    /**
     * The features with this ISO numeric code; usually one, but the atlas also gives some territories
     * their state's code (036 is Australia and Ashmore and Cartier Is.).
     */
    public List<CountryShape> withIso(String iso) {
        return byIso.getOrDefault(iso, Collections.emptyList());
    }

    private static WorldAtlas readResource() {
        try (InputStream in = WorldAtlas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static WorldAtlas decode(ByteBuffer buf) {
        byte[] magic = new byte[MAGIC.length()];
        buf.get(magic);
        int version = buf.get() & 0xff;
        if (!MAGIC.equals(new String(magic, StandardCharsets.US_ASCII)) || version != VERSION) {
            throw new IllegalArgumentException("wrong header");
        }
        String source = string(buf);
        double scaleLon = buf.getDouble();
        double scaleLat = buf.getDouble();
        double translateLon = buf.getDouble();
        double translateLat = buf.getDouble();
        int count = varint(buf);
        List<CountryShape> shapes = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            String iso = string(buf);
            String name = string(buf);
            int ringCount = varint(buf);
            List<double[]> rings = new ArrayList<>(ringCount);
            for (int r = 0; r < ringCount; r++) {
                double[] ring = new double[2 * varint(buf)];
                int qx = 0;
                int qy = 0;
                for (int i = 0; i < ring.length; i += 2) {
                    qx += zigzag(varint(buf));
                    qy += zigzag(varint(buf));
                    ring[i] = qx * scaleLon + translateLon;
                    ring[i + 1] = qy * scaleLat + translateLat;
                }
                rings.add(ring);
            }
            shapes.add(new CountryShape(iso, name, rings));
        }
        if (buf.hasRemaining()) {
            throw new IllegalArgumentException(buf.remaining() + " bytes after the last shape");
        }
        return new WorldAtlas(source, shapes);
    }

    private static int varint(ByteBuffer buf) {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = buf.get();
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint longer than 5 bytes");
    }

    private static int zigzag(int n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private static String string(ByteBuffer buf) {
        byte[] bytes = new byte[varint(buf)];
        buf.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
