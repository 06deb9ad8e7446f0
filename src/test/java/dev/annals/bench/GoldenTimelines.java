package dev.annals.bench;

import dev.annals.json.TimelineJson;
import dev.annals.loader.HostileShapes;
import dev.annals.loader.LoaderOptions;
import dev.annals.loader.TimelineLoader;
import dev.annals.open.TimelineFiles;
import dev.annals.model.Timeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the timeline of every article fixture (the seed, the test articles, the Wikipedia and
 * wtf_wikipedia fixtures, the date corpus one paragraph at a time and as one article, the 1 MB article
 * of the loader benchmark and 20 KB of each hostile shape of one line, 200 KB of the others) as JSON into a folder, so that a change meant
 * only to make the loader faster can be checked to change no byte of any timeline: run it before and
 * after, and compare the folders (bench/golden.sh does both).
 */
public final class GoldenTimelines {
    private GoldenTimelines() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/golden");
        Files.createDirectories(out);
        List<Path> inputs = new ArrayList<>(List.of(Path.of("seeds/belarus-nato-relations.txt")));
        for (String dir : List.of("src/test/resources/articles", "src/test/resources/wikipedia",
                "src/test/resources/wtf_wikipedia")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(TimelineFiles::isArticle).sorted().forEach(inputs::add);
            }
        }
        int written = 0;
        for (Path input : inputs) {
            String name = input.getParent().getFileName() + "--" + input.getFileName();
            try {
                write(TimelineFiles.read(input, LoaderOptions.DEFAULTS, null).timeline(), out.resolve(name + ".json"));
            } catch (Exception e) {
                Files.writeString(out.resolve(name + ".error"), String.valueOf(e.getMessage()));
            }
            written++;
        }
        TimelineLoader loader = new TimelineLoader(LoaderOptions.DEFAULTS);
        StringBuilder corpus = new StringBuilder("= Date corpus =\n\n");
        int k = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/dates/corpus.txt"), StandardCharsets.UTF_8)) {
            if (line.contains("=>") && !line.startsWith("#")) {
                String paragraph = line.substring(0, line.indexOf("=>")).strip();
                corpus.append(paragraph).append("\n\n");
                byte[] one = ("= Case =\n\n" + paragraph + "\n").getBytes(StandardCharsets.UTF_8);
                write(loader.load("case.txt", one), out.resolve(String.format("corpus-%04d.json", k++)));
            }
        }
        write(loader.load("corpus.txt", corpus.toString().getBytes(StandardCharsets.UTF_8)), out.resolve("corpus.json"));
        Path dir = Files.createTempDirectory("annals-golden");
        Path article = LoadBenchmark.write(dir, LoadBenchmark.bodies(), 1);
        write(loader.load(article), out.resolve("load-benchmark-1mb.json"));
        Files.delete(article);
        Files.delete(dir);
        for (HostileShapes shape : HostileShapes.values()) {
            write(loader.load("hostile.txt", shape.bytes(shape.isOneLine() ? 20_000 : 200_000)), out.resolve("hostile-" + shape + ".json"));
        }
        System.out.printf("%d files, %d corpus cases, the benchmark article and %d hostile shapes written to %s%n",
                written, k, HostileShapes.values().length, out);
    }

    private static void write(Timeline timeline, Path file) throws Exception {
        TimelineJson.write(timeline, file);
    }
}
