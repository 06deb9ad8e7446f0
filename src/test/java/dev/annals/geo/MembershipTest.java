package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.model.CountryTable;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NATO's membership on any day, from the bundled accession dates (src/main/resources/data/nato-accessions.tsv). */
class MembershipTest {
    private final Membership nato = Membership.of("NATO").orElseThrow();

    // given a day, then the count of members is the one issue 4 asks for
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1949-04-03, 0",
            "1949-04-04, 12",
            "1995-06-01, 16",
            "2004-01-19, 19",
            "2004-03-28, 19",
            "2004-03-29, 26",
            "2004-04-01, 26",
            "2022-06-01, 30",
            "2024-12-31, 32"})
    void countsMembersOnADay(LocalDate day, int members) {
        assertThat(nato.membersOn(day)).hasSize(members);
    }

    // given a state, then its accession day is known, and a non-member has none
    @Test
    void knowsWhenEachStateJoined() {
        assertThat(nato.memberSince("616")).as("Poland").hasValue(LocalDate.of(1999, 3, 12));
        assertThat(nato.memberSince("752")).as("Sweden").hasValue(LocalDate.of(2024, 3, 7));
        assertThat(nato.memberSince("276")).as("Germany").hasValue(LocalDate.of(1955, 5, 6));
        assertThat(nato.memberSince("112")).as("Belarus").isEmpty();
    }

    // given the data file, then it has 32 distinct states the gazetteer knows by the same name, each with a source
    @Test
    void dataFileIsCompleteAndSourced() {
        CountryTable table = CountryTable.standard();
        assertThat(nato.accessions()).hasSize(32);
        assertThat(nato.accessions()).extracting(Accession::iso).doesNotHaveDuplicates();
        for (Accession a : nato.accessions()) {
            assertThat(table.find(a.name())).as(a.name()).hasValueSatisfying(c -> assertThat(c.iso()).isEqualTo(a.iso()));
            assertThat(a.source()).as(a.name() + " source").isNotBlank();
        }
        assertThat(nato.accessions()).extracting(Accession::date).isSorted();
    }

    // given today's members, then each has a shape in the atlas
    @Test
    void everyMemberHasAShape() {
        WorldAtlas atlas = WorldAtlas.standard();
        for (Accession a : nato.accessions()) {
            assertThat(atlas.withIso(a.iso())).as(a.name()).isNotEmpty();
        }
    }

    // given an organisation with no bundled dates, or none at all, then there is no membership rather than an error
    @Test
    void unknownOrganisationsHaveNoDates() {
        assertThat(Membership.of("Collective Security Treaty Organization")).isEmpty();
        assertThat(Membership.of(null)).isEmpty();
        assertThat(Membership.resourceKey("NATO")).isEqualTo("nato");
        assertThat(Membership.resourceKey("Council of Europe")).isEqualTo("council-of-europe");
    }

    // given a broken row, then reading names its line
    @Test
    void badRowsAreReportedByLine() {
        String header = "# comment\niso\tname\tdate\tsource\n";
        assertThatThrownBy(() -> Membership.read("X", new StringReader(header + "112\tBelarus\t1993-12-31\n")))
                .isInstanceOf(IOException.class).hasMessage("line 3: expected 4 tab-separated fields, found 3");
        assertThatThrownBy(() -> Membership.read("X", new StringReader(header + "112\tBelarus\t31 Dec 1993\ts\n")))
                .isInstanceOf(IOException.class).hasMessageStartingWith("line 3: not a date");
    }
}
