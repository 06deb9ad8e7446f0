package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.DateBasis;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Qualifier;
import dev.annals.model.Timeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the Belarus–NATO seed article must give: the facts a reader of the article would check first. */
class SeedTimelineTest {
    private static Timeline timeline;

    @BeforeAll
    static void load() throws LoadException {
        timeline = new TimelineLoader().load(Path.of("seeds/belarus-nato-relations.txt"));
    }

    /** The one event whose text contains {@code words}, failing when there is none or several. */
    private static Event eventAbout(String words) {
        List<Event> found = timeline.events().stream().filter(e -> e.text().contains(words)).toList();
        assertThat(found).as("events mentioning '%s'", words).isNotEmpty();
        return found.get(0);
    }

    /** The event whose headline contains {@code words}. */
    private static Event headlined(String words) {
        return timeline.events().stream().filter(e -> e.headline().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no headline with '" + words + "'"));
    }

    @Test
    void accessionToTheNatoProcessIsDatedToTheDay() {
        Event e = headlined("accession to the NATO process");
        assertThat(e.start()).isEqualTo(PartialDate.ofDay(2004, 1, 19));
        assertThat(e.dateBasis()).isEqualTo(DateBasis.STATED);
        assertThat(e.dateText()).isEqualTo("19 January 2004");
        assertThat(e.headline()).doesNotContain("2006").doesNotContain("first package");
    }

    @Test
    void aSentenceWithTwoDatedFactsGivesTwoEvents() {
        Event first = headlined("accession to the NATO process");
        Event second = headlined("first package of partnership documents");
        assertThat(second.start()).isEqualTo(PartialDate.ofMonth(2006, 1));
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.headline()).startsWith("Belarus and NATO approved");
    }

    @Test
    void tensionsAfterThePresidentialElectionAreMarch2006() {
        Event e = eventAbout("presidential election");
        assertThat(e.start()).isEqualTo(PartialDate.ofMonth(2006, 3));
        assertThat(e.category()).isEqualTo("tension");
    }

    @Test
    void entryBansKeepTheirQualifier() {
        Event e = eventAbout("banned members of the Belarusian government");
        assertThat(e.start()).isEqualTo(PartialDate.ofYear(2006).withQualifier(Qualifier.LATE));
        assertThat(e.start().toText()).isEqualTo("late 2006");
        assertThat(e.entities().countries()).contains("United States", "Belarus", "Russia");
        assertThat(e.entities().organisations()).contains("European Union");
    }

    @Test
    void weaponsDestroyedInDecember2006() {
        Event e = eventAbout("700,000 weapons");
        assertThat(e.start()).isEqualTo(PartialDate.ofMonth(2006, 12));
        assertThat(e.text()).contains("700,000 weapons were destroyed");
    }

    @Test
    void highLevelVisitAndPragueSummit() {
        assertThat(eventAbout("high-level visit to Minsk").start()).isEqualTo(PartialDate.ofMonth(2008, 12));
        assertThat(eventAbout("Prague Summit").start()).isEqualTo(PartialDate.ofMonth(2009, 5));
    }

    @Test
    void newPackageOfJuly2012KeepsTheExtensionAsAnAside() {
        Event e = eventAbout("a new package of NATO and Belarus targets");
        assertThat(e.start()).isEqualTo(PartialDate.ofMonth(2012, 7));
        assertThat(e.otherDates()).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(PartialDate.ofYear(2014));
            assertThat(d.text()).isEqualTo("2014");
        });
    }

    @Test
    void crimeaIs2014() {
        Event e = eventAbout("occupation of Crimea");
        assertThat(e.start()).isEqualTo(PartialDate.ofYear(2014));
        assertThat(e.end()).isNull();
    }

    @Test
    void liftedRestrictionsIs2019AndTheBackReferenceMakesNoEvent() {
        Event e = eventAbout("lifted restrictions on American diplomats");
        assertThat(e.start()).isEqualTo(PartialDate.ofYear(2019));
        assertThat(e.otherDates()).extracting(d -> d.text()).containsExactly("since 2008");
        assertThat(timeline.events()).noneMatch(x -> x.start().year() == 2008 && x.text().contains("American diplomats"));
        assertThat(e.entities().people()).containsExactly("Alexander Lukashenko");
    }

    @Test
    void readinessToCooperateIs2022NotItsSection() {
        Event e = eventAbout("readiness to cooperate");
        assertThat(e.start()).isEqualTo(PartialDate.ofYear(2022));
        assertThat(e.dateBasis()).isEqualTo(DateBasis.STATED);
        assertThat(e.section()).containsExactly("Cooperation", "2015–2020");
    }

    @Test
    void protestsOf2020NamePolandAndLithuania() {
        Event e = eventAbout("protests in Belarus in 2020");
        assertThat(e.start()).isEqualTo(PartialDate.ofYear(2020));
        assertThat(e.entities().countries()).contains("Poland", "Lithuania");
    }

    @Test
    void meetingWithPutinIsMay2021() {
        Event e = eventAbout("meeting with Vladimir Putin");
        assertThat(e.start()).isEqualTo(PartialDate.ofMonth(2021, 5));
        assertThat(e.entities().people()).contains("Vladimir Putin");
        assertThat(e.headline()).startsWith("Alexander Lukashenko stated");
    }

    @Test
    void ryanairAndHeadquartersStatementsAreDatedFromContext() {
        for (String words : List.of("Ryanair", "restrict Belarus' access to its headquarters")) {
            Event e = eventAbout(words);
            assertThat(e.start()).as(words).isEqualTo(PartialDate.ofYear(2021));
            assertThat(e.dateBasis()).as(words).isEqualTo(DateBasis.CONTEXT);
            assertThat(e.dateText()).as(words).isNull();
        }
        assertThat(eventAbout("Ryanair").entities().people()).contains("Roman Protasevich", "Sofia Sapega");
        assertThat(eventAbout("headquarters in Brussels").entities().people()).contains("Jens Stoltenberg");
    }

    @Test
    void undatedSentencesInAYearSectionTakeTheSectionDate() {
        Event e = eventAbout("Belarus became a NATO partner among 22");
        assertThat(e.start()).isEqualTo(PartialDate.ofYear(2010));
        assertThat(e.dateBasis()).isEqualTo(DateBasis.SECTION);
    }

    @Test
    void aSentenceEndingInAColonTakesTheBulletsAsItems() {
        Event e = eventAbout("theoretical subjects such as:");
        assertThat(e.items()).containsExactly("Arms control", "Organization of air traffic", "Civil planning",
                "Medical service", "International law in armed conflicts");
        assertThat(timeline.events()).noneMatch(x -> x.text().equals("Arms control,"));
    }

    @Test
    void everyEventLiesBetween1995And2022() {
        LocalDate first = LocalDate.of(1995, 1, 1);
        LocalDate last = LocalDate.of(2022, 12, 31);
        assertThat(timeline.events()).allSatisfy(e -> {
            assertThat(e.start().firstDay()).isAfterOrEqualTo(first);
            assertThat(e.last().lastDay()).isBeforeOrEqualTo(last);
        });
        assertThat(timeline.events().get(0).start()).isEqualTo(PartialDate.ofYear(1995));
    }

    @Test
    void locatorDescribesTheMap() {
        assertThat(timeline.locator().subject()).isEqualTo("Belarus");
        assertThat(timeline.locator().organisation()).isEqualTo("NATO");
        assertThat(timeline.locator().projection()).isEqualTo("Lambert");
        assertThat(timeline.locator().map()).isEqualTo("Belarus NATO Locator Lambert.svg");
        assertThat(timeline.locator().memberStates()).hasSize(32)
                .startsWith("Albania", "Belgium").endsWith("United Kingdom", "United States")
                .contains("Czech Republic", "North Macedonia", "Turkey");
    }

    @Test
    void infoboxSeeAlsoAndSource() {
        assertThat(timeline.title()).isEqualTo("Belarus–NATO relations");
        assertThat(timeline.infobox()).containsEntry("Map", "Belarus NATO Locator Lambert.svg");
        assertThat(timeline.seeAlso()).hasSize(11).first().isEqualTo("Foreign relations of Belarus");
        assertThat(timeline.source().file()).isEqualTo("belarus-nato-relations.txt");
        assertThat(timeline.source().sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void oneLabelledPeriodPerYearHeading() {
        assertThat(timeline.periods()).extracting(p -> p.label()).containsExactly(
                "1995", "1997", "1998", "2004", "2006", "2008–2009", "2010", "2012", "2014–2015", "2015–2020");
        assertThat(timeline.periods().get(5).start()).isEqualTo(PartialDate.ofYear(2008));
        assertThat(timeline.periods().get(5).end()).isEqualTo(PartialDate.ofYear(2009));
    }

    @Test
    void theIntroductionIsReportedAsUndatedNotDropped() {
        assertThat(timeline.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.kind()).isEqualTo("undated");
        });
    }

    @Test
    void contextDatedEventsFollowTheEventThatDatesThem() {
        List<String> ids = timeline.events().stream().map(Event::id).toList();
        int march = ids.indexOf(eventAbout("presidential election").id());
        int afterwards = ids.indexOf(eventAbout("Russian direction of policy").id());
        assertThat(afterwards).isEqualTo(march + 1);
    }

    @Test
    void headlinesAreShortClauses() {
        assertThat(timeline.events()).allSatisfy(e -> {
            assertThat(e.headline().length()).as(e.headline()).isBetween(10, HeadlineWriter.MAX_LENGTH + 1);
            assertThat(Character.isUpperCase(e.headline().codePointAt(0)) || !Character.isLetter(e.headline().codePointAt(0)))
                    .as(e.headline()).isTrue();
        });
        assertThat(headlined("Belarusian delegation").headline()).doesNotStartWith("In 2014");
    }

    @Test
    void idsAreUniqueAndStable() throws LoadException {
        Timeline again = new TimelineLoader().load(Path.of("seeds/belarus-nato-relations.txt"));
        assertThat(again.events()).extracting(Event::id)
                .containsExactlyElementsOf(timeline.events().stream().map(Event::id).toList())
                .doesNotHaveDuplicates();
        assertThat(headlined("accession to the NATO process").id()).isEqualTo("2004-01-19-belarus-formally-announced-its-accession-to");
    }
}
