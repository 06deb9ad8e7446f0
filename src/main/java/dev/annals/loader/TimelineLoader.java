package dev.annals.loader;

import dev.annals.model.Locator;
import dev.annals.model.Problem;
import dev.annals.model.SourceFile;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an article file into a {@link Timeline}. Anything that stops the file from being read at all
 * is a {@link LoadException} naming file and line; anything read imperfectly is kept in
 * {@link Timeline#problems()} so the user can see what was not understood.
 */
public final class TimelineLoader {
    private final LoaderOptions options;

    public TimelineLoader() {
        this(LoaderOptions.DEFAULTS);
    }

    public TimelineLoader(LoaderOptions options) {
        this.options = options;
    }

    public Timeline load(Path file) throws LoadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return load(file.toString(), name, readArticle(file));
    }

    /** The bytes of an article file, refused as a folder, a missing file or one over the size limit. */
    public byte[] readArticle(Path file) throws LoadException {
        try {
            if (Files.isDirectory(file)) {
                throw new LoadException(file.toString(), 0, "is a folder, not an article file");
            }
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                throw new ArticleDecoder(options).tooLarge(file.toString(), size);
            }
            byte[] bytes;
            // Read at most one byte past the limit: a pipe or device reports no size beforehand.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, options.maxBytes() + 1));
            }
            if (bytes.length > options.maxBytes()) {
                throw new ArticleDecoder(options).tooLarge(file.toString());
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new LoadException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new LoadException(file.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads an article from its bytes; {@code fileName} names it in messages and in the timeline's source. */
    public Timeline load(String fileName, byte[] bytes) throws LoadException {
        return load(fileName, fileName, bytes);
    }

    /**
     * @param shownName the file as the user named it, for messages
     * @param fileName  the file's own name, for the timeline's source and a title of last resort
     */
    private Timeline load(String shownName, String fileName, byte[] bytes) throws LoadException {
        SourceText text = new ArticleDecoder(options).decode(shownName, fileName, bytes);
        Article parsed = new ArticleParser().parse(text);
        List<Problem> found = new ArrayList<>(text.problems());
        found.addAll(parsed.problems());
        SourceFile source = new SourceFile(fileName, text.sha256());
        text = null; // the parsed article holds what is read from here on: the list of lines can go
        return read(new Article(parsed.title(), parsed.infobox(), parsed.lead(), found), source);
    }

    /**
     * Reads the events of an article that a front end has already turned into a document (wikitext,
     * HTML, copied text); its problems come first in the timeline's, sorted by line with the loader's.
     */
    public Timeline read(Article article, SourceFile source) {
        EntityTagger tagger = new EntityTagger(Gazetteer.standard());
        learnPeople(article.lead(), tagger);
        EventReader reader = new EventReader(tagger);
        reader.read(article.lead());

        List<Problem> problems = new ArrayList<>(article.problems());
        problems.addAll(reader.problems());
        Problems locatorProblems = new Problems();
        Locator locator = new LocatorReader(tagger).read(article.title(), article.infobox(), reader.memberList(),
                locatorProblems);
        problems.addAll(locatorProblems.list());

        problems.sort(Comparator.comparingInt(Problem::line));
        return new Timeline(Timeline.SCHEMA_VERSION, article.title(),
                source, article.infobox(), locator, reader.seeAlso(),
                reader.periods(), reader.events(), problems);
    }

    private static void learnPeople(Section section, EntityTagger tagger) {
        for (Block block : section.blocks()) {
            if (block instanceof Block.Paragraph p) {
                tagger.learnPeople(p.text().text());
            } else if (block instanceof Block.Bullets b) {
                b.items().forEach(item -> tagger.learnPeople(item.text()));
            }
        }
        section.children().forEach(child -> learnPeople(child, tagger));
    }
}
