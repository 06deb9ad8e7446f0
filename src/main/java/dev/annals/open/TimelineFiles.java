package dev.annals.open;

import dev.annals.article.CopiedTextReader;
import dev.annals.article.MediaWikiExport;
import dev.annals.article.SavedPageReader;
import dev.annals.article.WikitextReader;
import dev.annals.json.TimelineFormatException;
import dev.annals.json.TimelineJson;
import dev.annals.loader.Article;
import dev.annals.loader.ArticleDecoder;
import dev.annals.loader.LoadException;
import dev.annals.loader.LoaderOptions;
import dev.annals.loader.SourceText;
import dev.annals.loader.TimelineLoader;
import dev.annals.model.SourceFile;
import dev.annals.model.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file as a timeline, whatever form it has: a timeline's JSON, or an article as Annals' text
 * markup, wikitext, a MediaWiki export, a saved web page or copied text ({@link FileFormat} tells them
 * apart). The window, the command line and paste all open through here.
 */
public final class TimelineFiles {
    /** The Belarus–NATO timeline that ships inside the application. */
    public static final String EMBEDDED = "/data/belarus-nato-relations.timeline.json";
    /** How much of a file is looked at to tell its format. */
    private static final int HEAD_BYTES = 16_384;

    private TimelineFiles() {
    }

    /** Opens a file of one article or timeline; a file of several pages throws {@link ManyPagesException}. */
    public static Timeline open(Path file, LoaderOptions options) throws OpenException {
        return read(file, options, null).timeline();
    }

    /**
     * Opens a file; {@code page} chooses the page of a MediaWiki export (null: the only one; with several,
     * {@link ManyPagesException} names them).
     */
    public static OpenedFile read(Path file, LoaderOptions options, String page) throws OpenException {
        try {
            if (Files.isDirectory(file)) {
                throw new OpenException(file + ": is a folder, not an article or timeline file");
            }
            if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                refuseBeyondMemory(file); // before anything is read: a sparse or huge file must not be scanned
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            refuseBinary(file.toString(), head);
            FileFormat format = FileFormat.detect(file.getFileName() == null ? null : file.getFileName().toString(), text(head));
            return new OpenedFile(switch (format) {
                case TIMELINE -> {
                    refuseBeyondMemory(file);
                    yield TimelineJson.read(file);
                }
                case MEDIAWIKI_EXPORT -> exportPage(file, options, page);
                case ARTICLE -> new TimelineLoader(options).load(file);
                default -> article(format, file.toString(), file.getFileName().toString(),
                        new TimelineLoader(options).readArticle(file), options);
            }, format);
        } catch (LoadException | TimelineFormatException e) {
            throw new OpenException(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new OpenException(file + ": no such file");
        } catch (IOException e) {
            throw new OpenException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Reads pasted text (an article as copied from a page, wikitext, or Annals' markup). */
    public static OpenedFile read(String pasted, LoaderOptions options) throws OpenException {
        byte[] bytes = pasted.getBytes(StandardCharsets.UTF_8);
        String name = "pasted text";
        try {
            refuseBinary(name, bytes);
            FileFormat format = FileFormat.detect(null, text(bytes.length > HEAD_BYTES ? java.util.Arrays.copyOf(bytes, HEAD_BYTES) : bytes));
            return new OpenedFile(switch (format) {
                case TIMELINE -> TimelineJson.read(new java.io.ByteArrayInputStream(bytes), name);
                case ARTICLE -> new TimelineLoader(options).load(name, bytes);
                case MEDIAWIKI_EXPORT, HTML -> throw new OpenException(name + ": " + format.description()
                        + " cannot be pasted; save it as a file and open that");
                default -> article(format, name, null, bytes, options);
            }, format);
        } catch (LoadException | TimelineFormatException e) {
            throw new OpenException(e.getMessage());
        } catch (IOException e) {
            throw new OpenException(name + ": cannot be read: " + e.getMessage());
        }
    }

    private static Timeline article(FileFormat format, String shownName, String fileName, byte[] bytes, LoaderOptions options)
            throws LoadException {
        SourceText text = new ArticleDecoder(options).decode(shownName, fileName, bytes);
        Article article = switch (format) {
            case WIKITEXT -> WikitextReader.read(text, null);
            case HTML -> SavedPageReader.read(text, shownName);
            default -> CopiedTextReader.read(text);
        };
        return new TimelineLoader(options).read(article, new SourceFile(fileName == null ? shownName : fileName, text.sha256()));
    }

    private static Timeline exportPage(Path file, LoaderOptions options, String page) throws OpenException, LoadException, IOException {
        MediaWikiExport export = new MediaWikiExport(file, options);
        if (page == null) {
            List<String> titles = export.titles();
            if (titles.size() > 1) {
                throw new ManyPagesException(file + ": a MediaWiki export of " + titles.size() + " pages ("
                        + MediaWikiExport.describe(titles) + "); choose one", titles);
            }
        }
        Article article = export.read(page);
        return new TimelineLoader(options).read(article, new SourceFile(file.getFileName().toString(), sha256(file)));
    }

    private static void refuseBeyondMemory(Path file) throws IOException, OpenException {
        // A timeline takes about as much memory as its JSON: refuse at once what could never fit.
        long size = Files.size(file);
        long memory = Runtime.getRuntime().maxMemory();
        if (size > memory) {
            throw new OpenException(String.format(Locale.ROOT,
                    "%s: too large to open (%,d MB of JSON; Annals may use at most %,d MB of memory)",
                    file, size / 1_000_000, memory / 1_000_000));
        }
    }

    /** A NUL byte in the first kilobytes (outside UTF-16, which has a byte-order mark) means a binary file. */
    private static void refuseBinary(String name, byte[] head) throws OpenException {
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        if (utf16) {
            return;
        }
        for (byte b : head) {
            if (b == 0) {
                throw new OpenException(name + ": not a text article or a timeline: it looks like a binary file");
            }
        }
    }

    /** The head of a file as text for {@link FileFormat#detect}: byte-order mark and leading white space dropped. */
    private static String text(byte[] head) {
        String s;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            s = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            s = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else {
            s = new String(head, StandardCharsets.UTF_8);
        }
        return s.replace("\r\n", "\n").replace('\r', '\n').replaceFirst("^\uFEFF", "").stripLeading();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The timeline bundled with the application. */
    public static Timeline embedded() {
        try (InputStream in = TimelineFiles.class.getResourceAsStream(EMBEDDED)) {
            if (in == null) {
                throw new IllegalStateException(EMBEDDED + " is missing from the application");
            }
            return TimelineJson.read(in, EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TimelineFormatException e) {
            throw new IllegalStateException("the embedded timeline is broken: " + e.getMessage(), e);
        }
    }
}
