package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Country;
import dev.annals.model.Locator;
import dev.annals.model.Timeline;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Article names reach atlas shapes through the gazetteer, and territories take their state's colour. */
class CountryMatcherTest {
    private final CountryMatcher matcher = CountryMatcher.standard();
    private final WorldAtlas atlas = WorldAtlas.standard();

    // given the seed's locator, then all 32 listed member states and the subject reach a shape
    @Test
    void matchesEverySeedMemberAndTheSubject() {
        Locator locator = SeedLocator.timeline().locator();
        assertThat(locator.memberStates()).hasSize(32);

        CountryMatcher.Matches matches = matcher.match(locator.memberStates());

        assertThat(matches.unmatched()).isEmpty();
        assertThat(matches.matched()).hasSize(32);
        assertThat(matcher.shapes(locator.subject())).extracting(CountryShape::atlasName).containsExactly("Belarus");
    }

    // given the names the article uses where the atlas's differ, then each reaches the right shape
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Czech Republic, Czechia",
            "North Macedonia, Macedonia",
            "United States, United States of America",
            "the United States, United States of America",
            "Türkiye, Turkey",
            "Turkey, Turkey",
            "United Kingdom, United Kingdom",
            "Belarus, Belarus"})
    void aliasesReachTheAtlasName(String articleName, String atlasName) {
        assertThat(matcher.shapes(articleName)).first().extracting(CountryShape::atlasName).isEqualTo(atlasName);
    }

    // given the territories drawn apart, then each belongs to its sovereign state
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Greenland, Denmark",
            "Faeroe Is., Denmark",
            "Åland, Finland",
            "Isle of Man, United Kingdom",
            "Jersey, United Kingdom",
            "Guernsey, United Kingdom",
            "Puerto Rico, United States",
            "Denmark, Denmark"})
    void territoriesBelongToTheirState(String atlasName, String state) {
        CountryShape shape = atlas.named(atlasName).orElseThrow();
        assertThat(matcher.stateOf(shape)).map(Country::name).hasValue(state);
    }

    // given Denmark, then its shapes are its own first, then Greenland and the Faroes
    @Test
    void aStateComesWithItsTerritories() {
        assertThat(matcher.shapes("Denmark")).extracting(CountryShape::atlasName)
                .containsExactly("Denmark", "Greenland", "Faeroe Is.");
    }

    // given areas the gazetteer gives to no state, then they have none
    @Test
    void unassignedAreasHaveNoState() {
        for (String name : List.of("Antarctica", "W. Sahara", "N. Cyprus", "Somaliland", "Siachen Glacier")) {
            assertThat(matcher.stateOf(atlas.named(name).orElseThrow())).as(name).isEmpty();
        }
    }

    // given every shape but those, then it has a state: nothing on the map is left without a colour by accident
    @Test
    void everyOtherShapeHasAState() {
        Set<String> stateless = new TreeSet<>();
        atlas.shapes().stream().filter(s -> matcher.stateOf(s).isEmpty()).forEach(s -> stateless.add(s.atlasName()));
        assertThat(stateless).containsExactlyInAnyOrder("Antarctica", "W. Sahara", "N. Cyprus", "Somaliland",
                "Siachen Glacier");
    }

    // given names that reach no shape, then they are reported, in the order given
    @Test
    void reportsNamesItCannotPlace() {
        CountryMatcher.Matches matches = matcher.match(List.of("Poland", "Atlantis", "Tuvalu", "czech republic"));

        assertThat(matches.matched()).containsOnlyKeys("Poland");
        assertThat(matches.unmatched()).as("unknown, no shape at 1:50m, wrong case").containsExactly("Atlantis", "Tuvalu",
                "czech republic");
    }

    // given the country entities of every event in the seed timeline, then each reaches a shape (to outline it)
    @Test
    void everyCountryAnEventMentionsIsOnTheMap() {
        Timeline timeline = SeedLocator.timeline();
        Set<String> names = new TreeSet<>();
        timeline.events().forEach(e -> names.addAll(e.entities().countries()));
        assertThat(names).contains("Poland", "Lithuania", "Russia");

        assertThat(matcher.match(names).unmatched()).isEmpty();
    }
}
