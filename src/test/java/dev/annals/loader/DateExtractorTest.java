package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {
    private final DateExtractor extractor = new DateExtractor();

    private DateSpan only(String text) {
        List<DateSpan> spans = extractor.find(text);
        assertThat(spans).as("dates in '%s'", text).hasSize(1);
        return spans.get(0);
    }

    /** Each expression with the key of the date it means, the range end's key (or empty) and the quoted text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on 19 January 2004, and            | 2004-01-19   |            | 19 January 2004
            January 19, 2004 was               | 2004-01-19   |            | January 19, 2004
            on 2004-01-19                      | 2004-01-19   |            | 2004-01-19
            in January 2006 Belarus            | 2006-01      |            | January 2006
            in Sept. 2001                      | 2001-09      |            | Sept. 2001
            in late 2006.                      | 2006-late    |            | late 2006
            in the mid-2000s                   | 2000s-mid    |            | mid-2000s
            early 1990s                        | 1990s-early  |            | early 1990s
            in the 1990s                       | 1990s        |            | 1990s
            in the 19th century                | c19          |            | 19th century
            the nineteenth century             | c19          |            | nineteenth century
            since 1998, Belarus                | 1998         |            | since 1998
            since the 1990s                    | 1990s        |            | since the 1990s
            after the March 2006 election      | 2006-03      |            | March 2006
            in 2009, a                         | 2009         |            | 2009
            for 2014-2015 agreed               | 2014         | 2014       | 2014-2015
            in 2014–2015:                      | 2014         | 2015       | 2014–2015
            the 2008–09 season                 | 2008         | 2009       | 2008–09
            from 2008 to 2009                  | 2008         | 2009       | 2008 to 2009
            between 1939 and 1945              | 1939         | 1945       | 1939 and 1945
            From 2010 to 2015 the              | 2010         | 2015       | 2010 to 2015
            19–21 January 2004                 | 2004-01-19   | 2004-01-21 | 19–21 January 2004
            from July to December 1999         | 1999-07      | 1999-12    | July to December 1999
            """)
    void readsEachForm(String text, String start, String end, String quoted) {
        DateSpan span = only(text);
        assertThat(span.start().isoKey()).isEqualTo(start);
        if (end == null) {
            assertThat(span.last()).isNull();
        } else if (!end.equals(start)) {
            assertThat(span.last().isoKey()).isEqualTo(end);
        }
        assertThat(span.quoted()).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "700,000 weapons were destroyed",
        "the 103rd Guards Separate Mobile Brigade",
        "around 100 practical actions",
        "1500 troops crossed the border",
        "No. 5 and IL-76MD aircraft",
        "a budget of $2000 was agreed",
        "31 February 2004",
        "the score was 2-1"
    })
    void numbersThatAreNotDates(String text) {
        assertThat(extractor.find(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            In July 2012 (extended in 2014), a new package | 2
            on 19 January 2004, and in January 2006 Belarus | 2
            """)
    void findsEveryDateOfASentence(String text, int count) {
        assertThat(extractor.find(text)).hasSize(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-2014", "2009 to 2004"})
    void aBackwardRangeIsTwoDates(String text) {
        assertThat(extractor.find(text)).hasSize(2).allSatisfy(d -> assertThat(d.isRange()).isFalse());
    }
}
