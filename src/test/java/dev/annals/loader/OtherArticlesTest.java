package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.DateBasis;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import dev.annals.model.Problem;
import dev.annals.model.Qualifier;
import dev.annals.model.Timeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The loader on articles of the same markup that it was not written for (src/test/resources/articles,
 * with their answer key in ANSWERS.md): decade headings, no year headings, dates only in paragraphs.
 */
class OtherArticlesTest {
    private static Timeline load(String name) {
        try {
            return new TimelineLoader().load(Path.of("src/test/resources/articles", name));
        } catch (LoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static Event about(Timeline t, String words) {
        return t.events().stream().filter(e -> e.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no event mentions '" + words + "'"));
    }

    private static List<Event> allAbout(Timeline t, String words) {
        return t.events().stream().filter(e -> e.text().contains(words)).toList();
    }

    private static List<Integer> undatedLines(Timeline t) {
        return t.problems().stream().filter(p -> p.kind().equals("undated")).map(Problem::line).toList();
    }

    @Nested
    class DecadeHeadings {
        private final Timeline t = load("finland-eu-relations.txt");

        @Test
        void decadeHeadingsArePeriods() {
            assertThat(t.periods()).extracting(p -> p.label()).containsExactly("1980s", "1990s", "2000s", "2010s", "2020s");
            assertThat(t.periods().get(0).start().precision()).isEqualTo(Precision.DECADE);
            assertThat(t.periods().get(0).start().lastDay().getYear()).isEqualTo(1989);
        }

        @Test
        void twoFactsJoinedByAndAreTwoEvents() {
            List<Event> corfu = allAbout(t, "signed in Corfu");
            assertThat(corfu).extracting(Event::start)
                    .containsExactly(PartialDate.ofDay(1994, 6, 24), PartialDate.ofMonth(1994, 10));
            assertThat(corfu.get(1).headline()).startsWith("A consultative referendum approved membership");
        }

        @Test
        void rangesAndQualifiersKeepTheirPrecision() {
            Event presidency = about(t, "for the first time from July to December 1999");
            assertThat(presidency.start()).isEqualTo(PartialDate.ofMonth(1999, 7));
            assertThat(presidency.end()).isEqualTo(PartialDate.ofMonth(1999, 12));
            Event recession = about(t, "severe recession");
            assertThat(recession.start()).isEqualTo(PartialDate.ofYear(1991));
            assertThat(recession.end()).isEqualTo(PartialDate.ofYear(1993));
            assertThat(about(t, "most competitive economies").start())
                    .isEqualTo(PartialDate.ofDecade(2000).withQualifier(Qualifier.MID));
            assertThat(about(t, "clearing trade and removed").start())
                    .isEqualTo(PartialDate.ofDecade(1990).withQualifier(Qualifier.EARLY));
            assertThat(about(t, "used the euro since 1999").dateText()).isEqualTo("since 1999");
        }

        @Test
        void anEarlierDateOutsideTheSectionDoesNotDateTheNextSentence() {
            Event leaders = about(t, "Finnish leaders avoided");
            assertThat(leaders.start()).isEqualTo(PartialDate.ofDecade(1980));
            Event agreement = about(t, "had signed with the European Economic Community in 1973");
            assertThat(agreement.start()).isEqualTo(PartialDate.ofDecade(1980));
            assertThat(agreement.otherDates()).extracting(d -> d.start()).containsExactly(PartialDate.ofYear(1973));
        }

        @Test
        void locatorFromAConicMapAndTheMemberList() {
            assertThat(t.locator().subject()).isEqualTo("Finland");
            assertThat(t.locator().organisation()).isEqualTo("European Union");
            assertThat(t.locator().projection()).isEqualTo("Conic");
            assertThat(t.locator().memberStates()).hasSize(27).contains("Czech Republic", "Finland");
            assertThat(t.seeAlso()).hasSize(4);
        }

        @Test
        void onlyTheIntroductionIsUndated() {
            assertThat(undatedLines(t)).containsOnly(7);
        }
    }

    @Nested
    class NoYearHeadings {
        private final Timeline t = load("norway-iceland-fisheries.txt");

        @Test
        void noPeriodsAndNoLocator() {
            assertThat(t.periods()).isEmpty();
            assertThat(t.locator()).isNull();
            assertThat(t.infobox()).doesNotContainKey("Map").hasSize(3);
            assertThat(t.seeAlso()).hasSize(5);
        }

        @Test
        void datesComeFromTheSentencesThemselves() {
            assertThat(about(t, "shore stations").start()).isEqualTo(PartialDate.ofCentury(19));
            assertThat(about(t, "shore stations").start().toText()).isEqualTo("19th century");
            assertThat(about(t, "signed in St Petersburg").start()).isEqualTo(PartialDate.ofDay(1999, 5, 15));
            assertThat(about(t, "competed for capelin").start())
                    .isEqualTo(PartialDate.ofDecade(1970).withQualifier(Qualifier.LATE));
        }

        @Test
        void laterSentencesOfAParagraphTakeTheYearFromContext() {
            Event quota = about(t, "Under a bilateral protocol");
            assertThat(quota.start()).isEqualTo(PartialDate.ofYear(1999));
            assertThat(quota.dateBasis()).isEqualTo(DateBasis.CONTEXT);
        }

        @Test
        void aSecondDateWithoutAClauseOfItsOwnStaysAnAside() {
            Event zone = about(t, "own economic zone");
            assertThat(zone.start()).isEqualTo(PartialDate.ofYear(1976));
            assertThat(zone.otherDates()).extracting(d -> d.start()).containsExactly(PartialDate.ofDay(1977, 1, 1));
        }

        @Test
        void sentencesWithNothingToDateThemAreReportedNotGuessed() {
            assertThat(undatedLines(t)).containsExactlyInAnyOrder(8, 11, 11, 11, 22, 25, 25, 36, 36);
            assertThat(t.events()).noneMatch(e -> e.text().startsWith("A new dispute arose"));
            assertThat(t.events()).noneMatch(e -> e.text().startsWith("The waters around Svalbard"));
        }
    }

    @Nested
    class DatesOnlyInParagraphs {
        private final Timeline t = load("poland-lithuania-energy.txt");

        @Test
        void everyRangeForm() {
            assertThat(about(t, "From 2010 to 2015").end()).isEqualTo(PartialDate.ofYear(2015));
            assertThat(about(t, "took place in 2014–2015").end()).isEqualTo(PartialDate.ofYear(2015));
            assertThat(about(t, "In 2014-2015 the two countries").end()).isEqualTo(PartialDate.ofYear(2015));
        }

        @Test
        void datedBulletsAreEventsAndUndatedOnesInheritNothing() {
            assertThat(about(t, "LitPol Link completed").start()).isEqualTo(PartialDate.ofYear(2015));
            assertThat(about(t, "Baltic grids synchronised").start()).isEqualTo(PartialDate.ofYear(2025));
            assertThat(t.events()).noneMatch(e -> e.text().startsWith("Harmony Link"));
            assertThat(undatedLines(t)).contains(30, 31);
        }

        @Test
        void peopleWithDiacriticsAndOffices() {
            List<String> people = t.events().stream().flatMap(e -> e.entities().people().stream()).distinct().toList();
            assertThat(people).contains("Dalia Grybauskaitė", "Andrzej Duda", "Donald Tusk", "Gitanas Nausėda",
                    "Ewa Kopacz", "Gediminas Kirkilas", "Jean-Claude Juncker");
        }

        @Test
        void locatorWithoutOrganisationOrMembers() {
            assertThat(t.locator().subject()).isEqualTo("Poland");
            assertThat(t.locator().organisation()).isNull();
            assertThat(t.locator().projection()).isEqualTo("Lambert");
            assertThat(t.locator().memberStates()).isEmpty();
        }

        @Test
        void textKeepsPolishLithuanianAndCyrillicLetters() throws LoadException {
            assertThat(t.events()).anyMatch(e -> e.text().contains("Świnoujście") && e.text().contains("Klaipėda"));
            Timeline cyrillic = new TimelineLoader().load("druzhba.txt",
                    "= Дружба =\nThe Druzhba (Дружба) pipeline to Mažeikiai stopped in July 2006.\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(cyrillic.title()).isEqualTo("Дружба");
            assertThat(cyrillic.events()).singleElement().satisfies(e -> {
                assertThat(e.text()).contains("(Дружба)", "Mažeikiai");
                assertThat(e.headline()).isEqualTo("The Druzhba pipeline to Mažeikiai stopped");
            });
        }
    }
}
