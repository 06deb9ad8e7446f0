package dev.annals.bench;

import dev.annals.geo.CountryMatcher;
import dev.annals.geo.CountryShape;
import dev.annals.geo.LocatorMap;
import dev.annals.geo.MapView;
import dev.annals.geo.ProjectedMap;
import dev.annals.geo.Projection;
import dev.annals.geo.Projections;
import dev.annals.geo.Role;
import dev.annals.geo.WorldAtlas;
import dev.annals.model.CountryTable;
import dev.annals.model.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The map's work below the UI: reading the bundled shapes (cold, in this fresh JVM, then warm), projecting
 * them for the Europe view and the North America inset, the heap that takes, finding the country under
 * the pointer, and recolouring every shape for a new date. Run with bench/map.sh; it prints its figures.
 * The repaint time of the map panel belongs to the UI's benchmark.
 */
public final class MapBenchmark {
    private static final String SHAPES = "/data/countries-50m.shapes";
    private static final int RUNS = 30;

    private MapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.gc();
        long heapBefore = usedHeap();

        long t0 = System.nanoTime();
        WorldAtlas atlas = WorldAtlas.standard(); // the first read, with class loading and an unwarmed JIT, as at start-up
        double coldLoad = ms(t0);
        int points = atlas.shapes().stream().mapToInt(CountryShape::pointCount).sum();
        System.out.printf(Locale.ROOT, "shapes file: %,d bytes, %d shapes, %,d points%n", resourceSize(), atlas.shapes().size(),
                points);
        System.out.printf(Locale.ROOT, "load: cold %.1f ms, warm median %.1f ms%n", coldLoad, median(MapBenchmark::readAtlas));

        for (String word : List.of("Lambert", "Conic")) {
            Projection projection = Projections.forLocator(word);
            MapView europe = MapView.europe(projection);
            MapView inset = MapView.northAmerica(projection);
            long t1 = System.nanoTime();
            ProjectedMap.of(atlas, europe);
            ProjectedMap.of(atlas, inset);
            double cold = ms(t1);
            double warm = median(() -> {
                ProjectedMap.of(atlas, europe);
                ProjectedMap.of(atlas, inset);
            });
            System.out.printf(Locale.ROOT, "project both views (%s): first %.1f ms, warm median %.1f ms%n",
                    projection.name().replaceFirst(",.*", ""), cold, warm);
        }

        Projection lambert = Projections.forLocator("Lambert");
        ProjectedMap europe = ProjectedMap.of(atlas, MapView.europe(lambert));
        ProjectedMap inset = ProjectedMap.of(atlas, MapView.northAmerica(lambert));
        CountryTable.standard();
        System.gc();
        System.out.printf(Locale.ROOT, "heap: atlas and both projected views %.1f MB%n", (usedHeap() - heapBefore) / 1e6);

        hitTest(europe);
        recolour(atlas);
        // keep the maps reachable until the heap was measured
        System.out.printf(Locale.ROOT, "(%d + %d projected shapes)%n", europe.shapes().size(), inset.shapes().size());
    }

    /** The time to find the shape under a pointer anywhere in the Europe frame: what a hover costs. */
    private static void hitTest(ProjectedMap map) {
        Random random = new Random(42);
        double[] xs = new double[10_000];
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = map.frame().minX() + random.nextDouble() * map.frame().width();
            ys[i] = map.frame().minY() + random.nextDouble() * map.frame().height();
        }
        int found = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT
            found = 0;
            long t = System.nanoTime();
            for (int i = 0; i < xs.length; i++) {
                found += map.shapeAt(xs[i], ys[i]).isPresent() ? 1 : 0;
            }
            if (round == 1) {
                System.out.printf(Locale.ROOT, "hit test (shape under pointer, Europe view): %.1f µs each, %d%% on land%n",
                        (System.nanoTime() - t) / 1e3 / xs.length, 100 * found / xs.length);
            }
        }
    }

    /** The time to work out every shape's role for a newly selected date: the non-drawing part of a selection change. */
    private static void recolour(WorldAtlas atlas) {
        Locator seed = new Locator("Belarus NATO Locator Lambert.svg", "Belarus", "NATO", "Lambert", List.of(
                "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czech Republic", "Denmark", "Estonia", "Finland",
                "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
                "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia",
                "Slovenia", "Spain", "Sweden", "Turkey", "United Kingdom", "United States"));
        LocatorMap map = LocatorMap.of(seed, new CountryMatcher(CountryTable.standard(), atlas));
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        double ms = median(() -> {
            counts.clear();
            Set<String> members = map.membersOn(LocalDate.of(2004, 4, 1));
            for (CountryShape shape : atlas.shapes()) {
                counts.merge(map.roleOf(shape, members), 1, Integer::sum);
            }
        });
        System.out.printf(Locale.ROOT, "roles of all %d shapes for a new date: %.3f ms (%s)%n", atlas.shapes().size(), ms, counts);
    }

    private static void readAtlas() {
        try (InputStream in = MapBenchmark.class.getResourceAsStream(SHAPES)) {
            WorldAtlas.read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long resourceSize() throws IOException {
        try (InputStream in = MapBenchmark.class.getResourceAsStream(SHAPES)) {
            return in.readAllBytes().length;
        }
    }

    private static double median(Runnable work) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = ms(t);
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
