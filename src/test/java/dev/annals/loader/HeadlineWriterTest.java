package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineWriterTest {
    private final HeadlineWriter writer = new HeadlineWriter();
    private final DateExtractor dates = new DateExtractor();

    private String headline(String clause, String person) {
        var found = dates.find(clause);
        return writer.write(clause, found.isEmpty() ? null : found.get(0), person);
    }

    @Test
    void dropsTheDateAtEitherEnd() {
        assertThat(headline("Belarus formally announced its accession to the NATO process on 19 January 2004", null))
                .isEqualTo("Belarus formally announced its accession to the NATO process");
        assertThat(headline("in January 2006 Belarus and NATO approved the first package of partnership documents, containing 21 objectives", null))
                .isEqualTo("Belarus and NATO approved the first package of partnership documents");
    }

    @Test
    void keepsADateThatIsPartOfTheClause() {
        assertThat(headline("Plans for a power bridge go back to the 1990s", null))
                .isEqualTo("Plans for a power bridge go back to the 1990s");
    }

    @Test
    void dropsLeadingAdverbialsConnectivesAndBrackets() {
        assertThat(headline("In 2019, after yet another aggravation of relations, President Lukashenko lifted restrictions (which had been in place since 2008).", null))
                .isEqualTo("President Lukashenko lifted restrictions");
        assertThat(headline("But NATO contributed to Belarus' armaments elimination, which was completed in December 2006.", null))
                .isEqualTo("NATO contributed to Belarus' armaments elimination");
    }

    @Test
    void namesThePersonBehindAPronoun() {
        assertThat(headline("After meeting with Vladimir Putin in May 2021, he stated that troops would come.", "Alexander Lukashenko"))
                .isEqualTo("Alexander Lukashenko stated that troops would come");
    }

    @Test
    void cutsAnOverlongClauseAtAPhraseBoundary() {
        String h = headline("The European Union and the United States have banned members of the Belarusian government from "
                + "entering their countries following an energy conflict with the Russian Federation in late 2006.", null);
        assertThat(h).isEqualTo("The European Union and the United States have banned members of the Belarusian government from entering their countries");
        assertThat(h.length()).isLessThanOrEqualTo(HeadlineWriter.MAX_LENGTH);
    }

    @Test
    void closesAQuotationItCut() {
        String h = headline("“You don’t let our products into your market, you call us parasites, you put pressure on us wherever you can, and more and more and more,” he said.", null);
        assertThat(h).startsWith("“You don’t").endsWith("”");
    }

    @Test
    void aBreakAfterSpacesDoesNotTripTheCutter() {
        String clause = "Belarus signed the Partnership for Peace documents which had been in place the 1000s.  , "
                + "On 1 January 2000, Belarus signed the Partnership for Peace documents again and again.";
        assertThat(headline(clause, null)).startsWith("Belarus signed the Partnership for Peace documents");
    }
}
