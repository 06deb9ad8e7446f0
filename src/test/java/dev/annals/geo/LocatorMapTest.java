package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Country;
import dev.annals.model.Locator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed's locator on the map: roles by date or as listed, territories with their state, the summary line. */
class LocatorMapTest {
    private static final LocalDate JAN_2004 = LocalDate.of(2004, 1, 19);
    private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private final WorldAtlas atlas = WorldAtlas.standard();
    private final CountryMatcher matcher = CountryMatcher.standard();
    private final LocatorMap map = LocatorMap.of(SeedLocator.timeline().locator(), matcher);

    private CountryShape shape(String atlasName) {
        return atlas.named(atlasName).orElseThrow();
    }

    @Test
    void natoReachesOutsideEuropeButTheEuropeanUnionDoesNot() throws Exception {
        ProjectedMap europe = ProjectedMap.of(atlas, MapView.europe(Projections.forLocator(null)));
        Locator eu = new dev.annals.loader.TimelineLoader()
                .load(java.nio.file.Path.of("src/test/resources/articles/finland-eu-relations.txt")).locator();

        assertThat(map.reachesOutside(europe)).as("the United States and Canada").isTrue();
        assertThat(LocatorMap.of(eu, matcher).reachesOutside(europe)).isFalse();
    }

    @Test
    void greenlandAndTheFaroesAreOutsideTheEuropeanUnionThoughDenmarkIsIn() throws Exception {
        LocatorMap eu = LocatorMap.of(new dev.annals.loader.TimelineLoader()
                .load(java.nio.file.Path.of("src/test/resources/articles/finland-eu-relations.txt")).locator(), matcher);
        Set<String> members = eu.membersAsListed();

        assertThat(eu.roleOf(shape("Denmark"), members)).isEqualTo(Role.MEMBER);
        assertThat(eu.roleOf(shape("Greenland"), members)).isEqualTo(Role.OTHER);
        assertThat(eu.roleOf(shape("Faeroe Is."), members)).isEqualTo(Role.OTHER);
        assertThat(map.roleOf(shape("Greenland"), map.membersAsListed())).as("NATO covers Greenland").isEqualTo(Role.MEMBER);
    }

    // given the seed, then the summary is the line `info` prints after "map: "
    @Test
    void summarisesTheMatch() {
        assertThat(map.summary()).isEqualTo("32/32 member states matched, subject Belarus matched");
        assertThat(map.unmatched()).isEmpty();
        assertThat(map.subject()).map(Country::iso).hasValue("112");
    }

    // given the article's list, then today's dated membership is exactly that list
    @Test
    void theListedMembersAreTodaysMembers() {
        assertThat(map.membersAsListed()).hasSize(32).containsExactlyInAnyOrderElementsOf(map.membersOn(END_2024));
    }

    // given a day, then members are blue, the subject is the subject, and the rest grey
    @Test
    void rolesFollowTheDate() {
        Set<String> in2004 = map.membersOn(JAN_2004);
        assertThat(map.roleOf(shape("Belarus"), in2004)).isEqualTo(Role.SUBJECT);
        assertThat(map.roleOf(shape("Poland"), in2004)).isEqualTo(Role.MEMBER);
        assertThat(map.roleOf(shape("Lithuania"), in2004)).isEqualTo(Role.OTHER);
        assertThat(map.roleOf(shape("Lithuania"), map.membersOn(LocalDate.of(2004, 4, 1)))).isEqualTo(Role.MEMBER);
        assertThat(map.roleOf(shape("Sweden"), map.membersOn(JUNE_2022))).isEqualTo(Role.OTHER);
        assertThat(map.roleOf(shape("Sweden"), map.membersOn(END_2024))).isEqualTo(Role.MEMBER);
        assertThat(map.roleOf(shape("Russia"), map.membersAsListed())).isEqualTo(Role.OTHER);
        assertThat(map.roleOf(shape("Antarctica"), map.membersAsListed())).isEqualTo(Role.OTHER);
    }

    // given Denmark's and Finland's territories, then they take their state's role and accession date
    @Test
    void territoriesTakeTheirStatesColour() {
        Set<String> in1995 = map.membersOn(LocalDate.of(1995, 6, 1));
        assertThat(map.roleOf(shape("Greenland"), in1995)).isEqualTo(Role.MEMBER);
        assertThat(map.roleOf(shape("Faeroe Is."), in1995)).isEqualTo(Role.MEMBER);
        assertThat(map.roleOf(shape("Åland"), in1995)).isEqualTo(Role.OTHER);
        assertThat(map.roleOf(shape("Åland"), map.membersAsListed())).isEqualTo(Role.MEMBER);
        assertThat(map.memberSince(shape("Greenland"))).hasValue(LocalDate.of(1949, 4, 4));
        assertThat(map.memberSince(shape("Belarus"))).isEmpty();
    }

    // given a locator with names the map cannot place and no bundled dates, then it says so and falls back to the list
    @Test
    void reportsWhatItCannotPlaceAndFallsBackToTheList() {
        Locator odd = new Locator("X Y Locator Conic.svg", "Atlantis", "Collective Security Treaty Organization", "Conic",
                List.of("Russia", "Belarus", "Ruritania"));
        LocatorMap oddMap = LocatorMap.of(odd, matcher);

        assertThat(oddMap.summary()).isEqualTo("2/3 member states matched (not on the map: Ruritania), subject Atlantis not matched");
        assertThat(oddMap.unmatched()).containsExactly("Atlantis", "Ruritania");
        assertThat(oddMap.membership()).isEmpty();
        assertThat(oddMap.membersOn(JAN_2004)).containsExactlyInAnyOrder("643", "112");
        assertThat(oddMap.roleOf(shape("Belarus"), oddMap.membersAsListed())).isEqualTo(Role.MEMBER);
    }
}
