package dev.annals.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.DateBasis;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateLabelsTest {
    private static Event stated(PartialDate date, String dateText) {
        return new Event("e", date, null, DateBasis.STATED, dateText, "Headline of it", "Text.", List.of(), List.of(),
                new SourcePosition(1, 1, 5), new Entities(List.of(), List.of(), List.of()), "general", List.of(), List.of());
    }

    @Test
    void aStatedTextIsShownAsWritten() {
        assertThat(DateLabels.asStated(stated(PartialDate.ofYear(1998), "since 1998"))).isEqualTo("since 1998");
        assertThat(DateLabels.asStated(stated(PartialDate.ofDecade(1990), "'90s"))).isEqualTo("'90s");
    }

    @Test
    void aStatedTextWithoutItsYearGivesWayToTheDate() {
        assertThat(DateLabels.asStated(stated(PartialDate.ofDay(1996, 4, 23), "April 23"))).isEqualTo("23 April 1996");
        assertThat(DateLabels.asStated(stated(PartialDate.ofDay(2005, 5, 3), "3"))).isEqualTo("3 May 2005");
    }
}
