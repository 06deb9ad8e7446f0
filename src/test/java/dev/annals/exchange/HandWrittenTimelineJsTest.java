package dev.annals.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.loader.LoaderOptions;
import dev.annals.model.DateBasis;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.Problem;
import dev.annals.model.Qualifier;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TimelineJS files written by hand in the documented formats open as timelines: partial dates as precise as
 * their parts, display dates, HTML reduced to text and lists to items, eras as periods; what Annals cannot
 * keep (media, times of day, BCE years, slides with no date) is listed in the problems.
 */
class HandWrittenTimelineJsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/exchange");

    @TempDir
    Path dir;

    private static Event headed(Timeline t, String headline) {
        return t.events().stream().filter(e -> e.headline().equals(headline)).findFirst().orElseThrow();
    }

    // given the documented JSON written by hand, under a plain .json name, then it opens as TimelineJS
    @Test
    void aHandWrittenTimelineJsJsonOpens() throws Exception {
        Path file = dir.resolve("belarus.json");
        Files.copy(FIXTURES.resolve("hand-written.timelinejs.json"), file);

        Timeline t = TimelineFiles.open(file, LoaderOptions.DEFAULTS);

        assertThat(t.title()).isEqualTo("Belarus and NATO a short history");
        assertThat(t.events()).extracting(Event::headline).containsExactly("A decade of change", "Partnership for Peace",
                "Accession announced", "Elections & protests", "Talks in late 2006", "A time of day");
        assertThat(headed(t, "A decade of change").start()).isEqualTo(PartialDate.ofDecade(1990));
        assertThat(headed(t, "Partnership for Peace").start()).isEqualTo(PartialDate.ofYear(1995));
        assertThat(headed(t, "Partnership for Peace").text()).isEqualTo("Belarus joined NATO's Partnership for Peace program.");
        Event accession = headed(t, "Accession announced");
        assertThat(accession.id()).isEqualTo("accession-2004");
        assertThat(accession.start()).isEqualTo(PartialDate.ofDay(2004, 1, 19));
        assertThat(accession.text()).isEqualTo("Belarus announced its accession:");
        assertThat(accession.items()).containsExactly("an Individual Partnership Program", "a planning & review process");
        assertThat(accession.category()).isEqualTo("cooperation");
        Event elections = headed(t, "Elections & protests");
        assertThat(elections.start()).isEqualTo(PartialDate.ofMonth(2006, 3));
        assertThat(elections.end()).isEqualTo(PartialDate.ofMonth(2006, 6));
        assertThat(elections.dateBasis()).isEqualTo(DateBasis.STATED);
        assertThat(elections.dateText()).isEqualTo("Spring of 2006");
        assertThat(elections.category()).isEqualTo("tension");
        assertThat(headed(t, "Talks in late 2006").start()).isEqualTo(PartialDate.ofYear(2006).withQualifier(Qualifier.LATE));
        assertThat(headed(t, "Talks in late 2006").category()).isEqualTo("general");
        assertThat(headed(t, "A time of day").start()).isEqualTo(PartialDate.ofDay(2014, 2, 27));
        assertThat(t.periods()).extracting(Period::label).containsExactly("2008–2009", "Rapprochement");
        assertThat(t.periods().get(1).end()).isEqualTo(PartialDate.ofYear(2020));

        assertThat(t.problems()).extracting(Problem::describe).anySatisfy(p -> assertThat(p).contains("line 36", "year -500"))
                .anySatisfy(p -> assertThat(p).contains("line 37", "no start_date"))
                .anySatisfy(p -> assertThat(p).contains("line 38", "'20O4' is not a whole number"))
                .anySatisfy(p -> assertThat(p).isEqualTo("1 slide in belarus.json: media (an image, video or link and its credit and caption)"))
                .anySatisfy(p -> assertThat(p).contains("1 slide", "a time of day"))
                .anySatisfy(p -> assertThat(p).contains("1 slide", "a background"))
                .anySatisfy(p -> assertThat(p).contains("HTML markup"));
    }

    // given a sheet in the template's layout written by hand, then its title, era and events open, with
    // quoted commas, quotes and line breaks kept, and what is dropped listed
    @Test
    void aHandWrittenTemplateSheetOpens() throws Exception {
        Path file = dir.resolve("sheet.csv");
        Files.copy(FIXTURES.resolve("hand-written-template.csv"), file);

        Timeline t = TimelineFiles.open(file, LoaderOptions.DEFAULTS);

        assertThat(t.title()).isEqualTo("Belarus and NATO");
        assertThat(t.periods()).extracting(Period::label).containsExactly("Cooperation resumes");
        assertThat(t.events()).extracting(Event::headline)
                .containsExactly("Partnership for Peace", "Accession announced", "Talks", "With a time", "A range");
        assertThat(headed(t, "Partnership for Peace").text()).isEqualTo("Belarus joined NATO's Partnership for Peace program, in 1995.");
        Event accession = headed(t, "Accession announced");
        assertThat(accession.start()).isEqualTo(PartialDate.ofDay(2004, 1, 19));
        assertThat(accession.items()).containsExactly("an Individual Partnership Program", "a \"planning\" process");
        Event talks = headed(t, "Talks");
        assertThat(talks.start()).isEqualTo(PartialDate.ofYear(2006).withQualifier(Qualifier.LATE));
        assertThat(talks.text()).isEqualTo("Talks began,\r\nand went on.");
        assertThat(talks.category()).isEqualTo("diplomacy");
        assertThat(headed(t, "A range").end()).isEqualTo(PartialDate.ofYear(2015));
        assertThat(headed(t, "With a time").start()).isEqualTo(PartialDate.ofMonth(2012, 7));
        assertThat(headed(t, "With a time").source().line()).isEqualTo(10);

        assertThat(t.problems()).extracting(Problem::describe)
                .anySatisfy(p -> assertThat(p).startsWith("line 11: ").contains("year -500"))
                .anySatisfy(p -> assertThat(p).startsWith("line 12: ").contains("no year"))
                .anySatisfy(p -> assertThat(p).contains("1 row in sheet.csv: a time of day"))
                .anySatisfy(p -> assertThat(p).contains("1 row in sheet.csv: media"))
                .anySatisfy(p -> assertThat(p).contains("1 row in sheet.csv: a background"));
    }
}
