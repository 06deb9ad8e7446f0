package dev.annals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    private static final List<PartialDate> SAMPLES = List.of(
            PartialDate.ofDay(2004, 1, 19), PartialDate.ofMonth(2006, 12), PartialDate.ofYear(2006),
            PartialDate.ofYear(2006).withQualifier(Qualifier.LATE), PartialDate.ofYear(2006).withQualifier(Qualifier.EARLY),
            PartialDate.ofDecade(1990), PartialDate.ofDecade(2000).withQualifier(Qualifier.MID),
            PartialDate.ofDecade(1970).withQualifier(Qualifier.LATE), PartialDate.ofCentury(19),
            PartialDate.ofCentury(20).withQualifier(Qualifier.EARLY));

    @Test
    void writesDatesAsAnEncyclopediaDoes() {
        assertThat(SAMPLES).extracting(PartialDate::toText).containsExactly("19 January 2004", "December 2006",
                "2006", "late 2006", "early 2006", "1990s", "mid 2000s", "late 1970s", "19th century",
                "early 20th century");
    }

    @Test
    void coversTheDaysItCanMean() {
        assertThat(PartialDate.ofMonth(2008, 2).lastDay()).isEqualTo(LocalDate.of(2008, 2, 29));
        assertThat(PartialDate.ofYear(2006).withQualifier(Qualifier.LATE).firstDay()).isEqualTo(LocalDate.of(2006, 9, 1));
        assertThat(PartialDate.ofDecade(1990).lastDay()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(PartialDate.ofDecade(1970).withQualifier(Qualifier.LATE).firstDay()).isEqualTo(LocalDate.of(1977, 1, 1));
        assertThat(PartialDate.ofCentury(19).firstDay()).isEqualTo(LocalDate.of(1801, 1, 1));
        assertThat(PartialDate.ofCentury(19).lastDay()).isEqualTo(LocalDate.of(1900, 12, 31));
    }

    @Test
    void firstYearIsTheYearOfTheFirstDay() {
        assertThat(SAMPLES).allSatisfy(d -> assertThat(d.firstYear()).as(d.toText()).isEqualTo(d.firstDay().getYear()));
    }

    @Test
    void ordersByFirstDayThenTheNarrowerFirst() {
        assertThat(PartialDate.ofMonth(2006, 1)).isLessThan(PartialDate.ofYear(2006));
        assertThat(PartialDate.ofYear(2006)).isLessThan(PartialDate.ofMonth(2006, 3));
        assertThat(PartialDate.ofYear(2006).withQualifier(Qualifier.LATE)).isLessThan(PartialDate.ofMonth(2006, 12));
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> PartialDate.ofDay(2005, 2, 29)).hasMessageContaining("no day 29");
        assertThatThrownBy(() -> PartialDate.ofMonth(2005, 13)).hasMessageContaining("month");
        assertThatThrownBy(() -> PartialDate.ofMonth(2005, 3).withQualifier(Qualifier.LATE)).hasMessageContaining("qualifier");
    }
}
