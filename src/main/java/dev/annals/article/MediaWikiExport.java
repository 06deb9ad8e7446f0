package dev.annals.article;

import dev.annals.loader.Article;
import dev.annals.loader.LoadException;
import dev.annals.loader.LoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a MediaWiki Special:Export file: a {@code <mediawiki>} root with one or more {@code <page>}s,
 * each with a {@code <title>} and one or more {@code <revision>}s, of which the latest (by timestamp) is read. The file is streamed,
 * so its size is not limited, only each page's. A DTD is refused before anything is read from it: no
 * export has one, and it is how XML files make a reader fetch other files or expand entities without end.
 */
public final class MediaWikiExport {
    private final Path file;
    private final LoaderOptions options;

    public MediaWikiExport(Path file, LoaderOptions options) {
        this.file = file;
        this.options = options;
    }

    /** The titles of the file's pages, in file order. */
    public List<String> titles() throws LoadException {
        List<String> titles = new ArrayList<>();
        scan(null, false, titles);
        return titles;
    }

    /** The page of that title (the only page when {@code title} is null) as an article. */
    public Article read(String title) throws LoadException {
        List<String> titles = new ArrayList<>();
        Article article = scan(title, title == null, titles);
        if (article == null) {
            throw new LoadException(file.toString(), 0, titles.isEmpty()
                    ? "a MediaWiki export with no page in it"
                    : "has no page titled '" + title + "' (it has " + describe(titles) + ")");
        }
        return article;
    }

    /** The first titles and how many more: "A, B, C and 12 more". */
    public static String describe(List<String> titles) {
        List<String> shown = titles.subList(0, Math.min(5, titles.size()));
        return String.join(", ", shown) + (titles.size() > shown.size() ? " and " + (titles.size() - shown.size()) + " more" : "");
    }

    /**
     * Reads the file page by page, collecting titles; returns the page titled {@code wanted} as soon as it is
     * read, or with {@code onlyPage} the first page when it is the file's only one, or null. Other pages'
     * wikitext is not read.
     */
    private Article scan(String wanted, boolean onlyPage, List<String> titles) throws LoadException {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                boolean rootSeen = false;
                String title = null;
                boolean chosen = false;
                String timestamp = null;
                Revision latest = null;
                Article found = null;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new LoadException(name, xml.getLocation().getLineNumber(), "XML with a DTD (<!DOCTYPE …>) "
                                + "is refused: a MediaWiki export has none, and a DTD can make a reader expand entities without end");
                    }
                    if (event == XMLStreamConstants.END_ELEMENT && chosen && xml.getLocalName().equals("page")) {
                        chosen = false;
                        if (latest != null) {
                            found = page(latest, title);
                            latest = null;
                            if (wanted != null) {
                                return found;
                            }
                        }
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = xml.getLocalName();
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!element.equals("mediawiki")) {
                            throw new LoadException(name, 0, "an XML file, but not a MediaWiki export (its root is <"
                                    + element + ">, not <mediawiki>)");
                        }
                    } else if (element.equals("title")) {
                        title = xml.getElementText().strip();
                        titles.add(title);
                        chosen = wanted != null ? wanted.equals(title) : onlyPage && titles.size() == 1;
                    } else if (element.equals("revision")) {
                        timestamp = null;
                    } else if (element.equals("timestamp") && chosen) {
                        timestamp = xml.getElementText().strip();
                    } else if (element.equals("text") && chosen) {
                        Revision revision = revision(xml, title, timestamp);
                        if (latest == null || revision.isNotOlderThan(latest)) {
                            latest = revision;
                        }
                    }
                }
                return titles.size() == 1 ? found : null;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "not well-formed" : e.getMessage().replaceFirst("(?s)^.*Message:\\s*", "");
            throw new LoadException(name, at == null ? 0 : Math.max(0, at.getLineNumber()),
                    "not a readable MediaWiki export: " + message.strip());
        } catch (IOException e) {
            throw new LoadException(name, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** One revision's wikitext, where it starts in the file, and when it was made (null if not given). */
    private record Revision(String text, int line, int column, String timestamp) {
        /** Exports list revisions oldest first, so without timestamps the later one is newer. */
        boolean isNotOlderThan(Revision other) {
            return timestamp == null || other.timestamp == null || timestamp.compareTo(other.timestamp) >= 0;
        }
    }

    private Revision revision(XMLStreamReader xml, String title, String timestamp) throws XMLStreamException, LoadException {
        Location start = xml.getLocation();
        String text = xml.getElementText();
        if (text.length() > options.maxBytes()) {
            throw new LoadException(file.toString(), start.getLineNumber(), String.format(Locale.ROOT,
                    "the page '%s' holds %,d characters, over the limit of %,d for an article (raise it with --max-size)",
                    title, text.length(), options.maxBytes()));
        }
        return new Revision(text, start.getLineNumber(), start.getColumnNumber(), timestamp);
    }

    private static Article page(Revision revision, String title) {
        return WikitextReader.read(revision.text(), new XmlTextOrigin(revision.text(), revision.line(), revision.column()), title);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
