package dev.annals.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.annals.json.TimelineJson;
import dev.annals.loader.LoaderOptions;
import dev.annals.model.Event;
import dev.annals.model.Problem;
import dev.annals.model.Timeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in the new article formats that are broken, hostile or not articles at all: each ends in a
 * one-line error or a problem of the timeline, never a hang or a stack trace.
 */
class BadArticleInputTest {
    /** Far above what any of these takes, far below what a runaway would. */
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static OpenedFile read(Path file) throws OpenException {
        return assertTimeoutPreemptively(GENEROUS, () -> TimelineFiles.read(file, LoaderOptions.DEFAULTS, null));
    }

    private static OpenException refused(Path file) {
        OpenException e = catchThrowableOfType(() -> read(file), OpenException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(file.toString());
        return e;
    }

    private static List<String> kinds(Timeline t) {
        return t.problems().stream().map(p -> p.kind() + ": " + p.message()).toList();
    }

    @Test
    void anHtmlPageThatIsNotAnArticleIsRefusedInOneLine() throws Exception {
        Path file = write("shop.html", "<!DOCTYPE html><html><head><title>Shop</title></head><body><p>Sale on 4 May 2024!</p></body></html>");

        assertThat(refused(file).getMessage()).contains("not a Wikipedia article");
    }

    @Test
    void anUnclosedTemplateOrReferenceLosesOnlyItsParagraph() throws Exception {
        Path file = write("broken.wiki", """
                '''Broken''' is an article.

                In 1999 the first thing happened.{{cite web |date=5 May 2011 |title=never closed

                In 2004 a second thing happened.<ref>Retrieved 3 March 2012 and never closed

                In 2008 a third thing happened.
                """);

        Timeline t = read(file).timeline();

        assertThat(t.events()).extracting(e -> e.start().toText()).containsExactly("1999", "2004", "2008");
        assertThat(t.events()).extracting(Event::text).noneMatch(s -> s.contains("2011") || s.contains("2012"));
        assertThat(kinds(t)).anyMatch(k -> k.contains("template ('{{') is never closed"))
                .anyMatch(k -> k.contains("<ref> is never closed"));
    }

    @Test
    void templatesNested500DeepAreCutWithAProblem() throws Exception {
        String deep = "{{nowrap|".repeat(500) + "In 1999 it happened." + "}}".repeat(500);
        String links = "[[a|".repeat(500) + "x" + "]]".repeat(500);
        String unknown = "{{foo|".repeat(500) + "2011" + "}}".repeat(500);
        Path file = write("deep.wiki", "'''Deep'''\n\n" + deep + "\n\n" + links + "\n\n" + unknown + "\n\nIn 2004 it ended.\n");

        Timeline t = read(file).timeline();

        assertThat(t.events()).extracting(e -> e.start().toText()).containsExactly("2004");
        assertThat(kinds(t)).anyMatch(k -> k.contains("nested more than"));
    }

    @Test
    void htmlNested5000DeepIsRead() throws Exception {
        String html = "<html><body><div class=\"mw-parser-output\">" + "<div>".repeat(5000) + "<p>In 1999 it happened.</p>"
                + "</div>".repeat(5000) + "<p>In 2004 it ended.</p></div></body></html>";
        Timeline t = read(write("deep.html", html)).timeline();

        // jsoup stops nesting at 512 elements and closes the article body with the deepest one
        assertThat(t.events()).extracting(e -> e.start().toText()).contains("1999");
    }

    @Test
    void xmlThatExpandsEntitiesIsRefusedBeforeExpanding() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<mediawiki><page><title>&lol9;</title><revision><text>&lol9;</text></revision></page></mediawiki>\n");

        assertThat(refused(write("laughs.xml", laughs.toString())).getMessage()).contains("DTD");
    }

    @Test
    void xmlThatReachesForAnotherFileIsRefused() throws Exception {
        Path file = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<mediawiki><page><title>X</title><revision><text>&secret;</text></revision></page></mediawiki>\n");

        OpenException e = refused(file);
        assertThat(e.getMessage()).contains("DTD").doesNotContain("root:");
    }

    @Test
    void anUndeclaredEntityIsAOneLineError() throws Exception {
        Path file = write("entity.xml", "<mediawiki><page><title>X</title><revision><text>&nope;</text></revision></page></mediawiki>");

        assertThat(refused(file).getMessage()).contains("not a readable MediaWiki export");
    }

    @Test
    void anExportOfSeveralPagesNamesThemAndOpensTheOneChosen() throws Exception {
        Path file = write("export.xml", """
                <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
                  <siteinfo><sitename>Wikipedia</sitename></siteinfo>
                  <page><title>Alpha</title><revision><text xml:space="preserve">'''Alpha''' began in 1901.</text></revision></page>
                  <page><title>Beta</title><revision><text xml:space="preserve">'''Beta''' &lt;ref&gt;{{cite web|date=1 May 2011}}&lt;/ref&gt;began in 1902.</text></revision></page>
                </mediawiki>
                """);

        ManyPagesException many = catchThrowableOfType(() -> read(file), ManyPagesException.class);
        assertThat(many.titles()).containsExactly("Alpha", "Beta");
        assertThat(many.getMessage()).contains("2 pages").contains("Alpha, Beta");

        OpenedFile beta = TimelineFiles.read(file, LoaderOptions.DEFAULTS, "Beta");
        assertThat(beta.format()).isEqualTo(FileFormat.MEDIAWIKI_EXPORT);
        assertThat(beta.timeline().title()).isEqualTo("Beta");
        Event only = beta.timeline().events().get(0);
        assertThat(only.text()).isEqualTo("Beta began in 1902.");
        // line 4 of the file, where "Beta" stands after the escaped reference
        assertThat(only.source().line()).isEqualTo(4);
        String line4 = Files.readAllLines(file).get(3);
        assertThat(line4.substring(only.source().column() - 1)).startsWith("Beta''' &lt;ref&gt;");

        OpenException missing = catchThrowableOfType(() -> TimelineFiles.read(file, LoaderOptions.DEFAULTS, "Gamma"),
                OpenException.class);
        assertThat(missing.getMessage()).contains("no page titled 'Gamma'").contains("Alpha, Beta");
    }

    @Test
    void aPageOverTheSizeLimitIsRefusedWhileTheFileItselfMayBeLarger() throws Exception {
        Path file = write("big.xml", "<mediawiki><page><title>Big</title><revision><text>" + "In 1999 it happened. ".repeat(200)
                + "</text></revision></page></mediawiki>");

        OpenException e = catchThrowableOfType(() -> TimelineFiles.read(file, LoaderOptions.DEFAULTS.withMaxBytes(1000), null),
                OpenException.class);
        assertThat(e.getMessage()).contains("'Big'").contains("over the limit");
    }

    @Test
    void wikitextWithALineInAnotherEncodingIsReadWithAProblem() throws Exception {
        byte[] utf8 = "'''Café''' opened in 1999.\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "The caf\u00e9 closed in 2004.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("mixed.wiki");
        Files.write(file, concat(utf8, latin1));

        Timeline t = read(file).timeline();

        assertThat(t.events()).extracting(Event::text).containsExactly("Café opened in 1999.", "The café closed in 2004.");
        assertThat(t.problems()).extracting(Problem::kind).contains("encoding");
    }

    @Test
    void aTimelineSavedAsTextOpensAsATimeline() throws Exception {
        Path json = dir.resolve("belarus.txt");
        TimelineJson.write(TimelineFiles.embedded(), json);

        OpenedFile opened = read(json);

        assertThat(opened.format()).isEqualTo(FileFormat.TIMELINE);
        assertThat(opened.timeline().events()).hasSize(TimelineFiles.embedded().events().size());
    }

    @Test
    void aBinaryFileIsRefusedInWordsAPersonUnderstands() throws Exception {
        Path file = dir.resolve("photo.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(refused(file).getMessage()).endsWith("not a text article or a timeline: it looks like a binary file");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
