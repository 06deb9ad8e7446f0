package dev.annals.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Timeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which events a period holds, how it is written in words, and how from/to are read and checked. */
class ExportRequestTest {
    private static final Timeline SEED = ExportFixtures.seed();

    // given 2004–2012, then every event that starts in those years belongs, and none before or after
    @Test
    void aPeriodHoldsTheEventsThatStartInIt() throws ExportException {
        ExportRequest r = ExportRequest.period(SEED, DateBound.parse("2004"), DateBound.parse("2012"));
        assertThat(r.events()).extracting(e -> e.start().firstYear()).allMatch(y -> y >= 2004 && y <= 2012);
        assertThat(r.events()).hasSize((int) SEED.events().stream()
                .filter(e -> e.start().firstYear() >= 2004 && e.start().firstYear() <= 2012).count());
        assertThat(r.events()).isSubsetOf(SEED.events());
    }

    // given March to June 2006, then "March 2006" belongs but "2006" (any month) and "late 2006" do not
    @Test
    void aDateBelongsOnlyWhenItLiesWhollyInside() throws ExportException {
        ExportRequest r = ExportRequest.period(SEED, DateBound.parse("2006-03"), DateBound.parse("2006-06"));
        assertThat(r.events()).extracting(Event::start).containsExactly(PartialDate.ofMonth(2006, 3));
    }

    // given the seed's 2004–2012, then the period reads as the events date themselves, and the bounds as typed
    @Test
    void periodInWords() throws ExportException {
        ExportRequest r = ExportRequest.period(SEED, DateBound.parse("2004"), DateBound.parse("2012"));
        assertThat(r.periodInWords()).isEqualTo("19 January 2004 – July 2012");
        assertThat(r.boundsInWords()).isEqualTo("2004–2012");
        assertThat(ExportRequest.period(SEED, DateBound.parse("2006-03"), DateBound.parse("2006-06")).boundsInWords())
                .isEqualTo("March 2006 – June 2006");
        assertThat(ExportRequest.period(SEED, DateBound.parse("2006"), DateBound.parse("2006")).periodInWords())
                .isEqualTo("January 2006 – December 2006");
        assertThat(ExportRequest.period(SEED, DateBound.parse("2004-01-19"), DateBound.parse("2004-01-19"))
                .periodInWords()).isEqualTo("19 January 2004");
    }

    // given a period with no events, then it is refused with a message that names the period and the timeline
    @Test
    void anEmptyPeriodIsRefused() {
        assertThatThrownBy(() -> ExportRequest.period(SEED, DateBound.parse("1999"), DateBound.parse("2003")))
                .isInstanceOf(ExportException.class)
                .hasMessage("There are no events in 1999–2003 in \"Belarus–NATO relations\": "
                        + "choose a period that holds at least one event.");
        assertThatThrownBy(() -> ExportRequest.selection(SEED, LocalDate.of(2004, 1, 1), LocalDate.of(2012, 12, 31),
                List.of())).isInstanceOf(ExportException.class).hasMessageContaining("no events");
    }

    // given an end before the start, then it is refused with both dates in the message
    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> ExportRequest.period(SEED, DateBound.parse("2012"), DateBound.parse("2004")))
                .isInstanceOf(ExportException.class)
                .hasMessage("The period ends (31 December 2004) before it starts (1 January 2012): "
                        + "choose an end after the start.");
    }

    // given a year, a month or a day, then each reads as that date; anything else is refused with the forms it takes
    @Test
    void boundsAreReadAsYearMonthOrDay() throws ExportException {
        assertThat(DateBound.parse("2004")).isEqualTo(PartialDate.ofYear(2004));
        assertThat(DateBound.parse("2004-07")).isEqualTo(PartialDate.ofMonth(2004, 7));
        assertThat(DateBound.parse(" 2004-01-19 ")).isEqualTo(PartialDate.ofDay(2004, 1, 19));
        for (String bad : List.of("", "04", "2004/01", "January 2004", "2004-13", "2004-02-30", "2004-1-1-1")) {
            assertThatThrownBy(() -> DateBound.parse(bad)).as(bad).isInstanceOf(ExportException.class)
                    .hasMessageStartingWith("'" + bad + "' is not a date");
        }
    }

    // given a paper name, then a4 and letter are known in any case and anything else is refused
    @Test
    void paperNames() throws ExportException {
        assertThat(Paper.parse("A4")).isEqualTo(Paper.A4);
        assertThat(Paper.parse("letter")).isEqualTo(Paper.LETTER);
        assertThatThrownBy(() -> Paper.parse("a3")).isInstanceOf(ExportException.class).hasMessageContaining("a4 or letter");
    }
}
