package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Entities;
import org.junit.jupiter.api.Test;

class EntityTaggerTest {
    private final EntityTagger tagger = new EntityTagger(Gazetteer.standard());

    @Test
    void countriesByNameAliasAdjectiveAndCapital() {
        Entities e = tagger.tag("The Russian Federation, the Czech Republic, Türkiye and the United States met; "
                + "Belarusian officers went to Minsk, and Moscow's answer came.");
        assertThat(e.countries()).containsExactly("Russia", "Czechia", "Turkey", "United States", "Belarus");
    }

    @Test
    void capitalsThatOnlyPlaceOrNameSomethingAreNotTheirState() {
        Entities e = tagger.tag("A visit to NATO Headquarters in Brussels under the Ottawa Convention.");
        assertThat(e.countries()).isEmpty();
        assertThat(tagger.tag("George Washington crossed.").countries()).isEmpty();
    }

    @Test
    void organisationsByNameAndAbbreviation() {
        Entities e = tagger.tag("NATO's Partnership for Peace, the EU and the CSTO.");
        assertThat(e.organisations()).containsExactly("NATO", "Partnership for Peace", "European Union",
                "Collective Security Treaty Organization");
    }

    @Test
    void peopleByGivenNameThenBySurnameAlone() {
        tagger.learnPeople("NATO Secretary-General Jens Stoltenberg spoke; Belarusian President Alexander Lukashenko answered.");
        Entities e = tagger.tag("Lukashenko said that Stoltenberg's words, and those of José Manuel Barroso, were wrong.");
        assertThat(e.people()).containsExactly("Alexander Lukashenko", "Jens Stoltenberg", "José Manuel Barroso");
    }

    @Test
    void institutionsNamedAfterAGivenNameAreNotPeople() {
        assertThat(tagger.tag("The Roman Catholic Church and the Camp David Accords.").people()).isEmpty();
        assertThat(tagger.tag("the arrest of Roman Protasevich").people()).containsExactly("Roman Protasevich");
    }

    @Test
    void anOfficeMarksAPersonWithAnUnknownGivenName() {
        assertThat(tagger.tag("The Lithuanian prime minister Zigmantas Xanthuvas announced it.").people())
                .containsExactly("Zigmantas Xanthuvas");
        assertThat(tagger.tag("Prime Minister Zigmantas Xanthuvas spoke.").people()).containsExactly("Zigmantas Xanthuvas");
        assertThat(tagger.tag("The President of Belarus spoke.").people()).isEmpty();
    }
}
