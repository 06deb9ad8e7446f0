package dev.annals.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A file name loses the title's capitals; the article's own text gives them back. */
class ArticleTitleTest {
    @Test
    void eachWordIsWrittenAsTheArticleMostlyWritesIt() {
        List<String> text = List.of("Relations between Belarus and NATO began in 1995.",
                "NATO and Belarus kept their relations cool; the relations thawed in 2004.");
        assertEquals("Belarus NATO relations", Article.titleFromFileName("belarus-nato-relations.wiki", text));
    }

    @Test
    void aWordTheTextNeverUsesKeepsTheFileNamesSpelling() {
        assertEquals("Finland EU accession talks", Article.titleFromFileName("finland_eu_accession_talks.txt",
                List.of("Finland applied to join the EU in 1992.")));
    }
}
