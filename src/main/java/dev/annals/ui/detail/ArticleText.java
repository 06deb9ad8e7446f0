package dev.annals.ui.detail;

import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the article a timeline was read from, to show an event in its source: the opened file itself
 * for an article, the file named in the timeline next to it for a timeline, or the bundled seed for the
 * embedded timeline.
 */
final class ArticleText {
    private ArticleText() {
    }

    static Optional<List<String>> find(Path opened, Timeline timeline) throws IOException {
        String name = timeline.source() == null ? null : timeline.source().file();
        if (opened == null) {
            if (name == null) {
                return Optional.empty();
            }
            try (InputStream in = ArticleText.class.getResourceAsStream("/seeds/" + name)) {
                return in == null ? Optional.empty() : Optional.of(lines(in.readAllBytes()));
            }
        }
        if (TimelineFiles.isArticle(opened)) {
            return Optional.of(lines(Files.readAllBytes(opened)));
        }
        if (name == null) {
            return Optional.empty();
        }
        Path beside = opened.toAbsolutePath().resolveSibling(name);
        return Files.isRegularFile(beside) ? Optional.of(lines(Files.readAllBytes(beside))) : Optional.empty();
    }

    /** The lines as the loader numbers them: a byte-order mark skipped, CRLF, CR and LF all ending a line. */
    static List<String> lines(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return Arrays.asList(text.split("\r\n|\r|\n", -1));
    }
}
