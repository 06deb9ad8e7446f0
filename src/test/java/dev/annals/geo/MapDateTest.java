package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Locator;
import dev.annals.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's title, one wording for the window and the PDF, with "member" or "members" as the count needs. */
class MapDateTest {
    private final CountryMatcher matcher = CountryMatcher.standard();
    private final LocatorMap nato = LocatorMap.of(SeedLocator.timeline().locator(), matcher);

    @Test
    void anEventDatedToTheDayShowsMembershipOnThatDay() {
        assertThat(MapDate.of(PartialDate.ofDay(2004, 1, 19)).title(nato)).isEqualTo("NATO on 19 January 2004 · 19 members");
    }

    @Test
    void aYearOrMonthShowsMembershipAsOfItsFirstDay() {
        assertThat(MapDate.of(PartialDate.ofYear(1997)).title(nato)).isEqualTo("NATO as of 1 January 1997 · 16 members");
        assertThat(MapDate.of(PartialDate.ofMonth(2004, 4)).title(nato)).isEqualTo("NATO as of 1 April 2004 · 26 members");
    }

    @Test
    void theListAndTodayAreNamed() {
        assertThat(MapDate.asListed().title(nato)).isEqualTo("NATO as the article lists them · 32 members");
        assertThat(MapDate.today(LocalDate.of(2025, 5, 14)).title(nato)).isEqualTo("NATO today · 32 members");
    }

    @Test
    void oneMemberIsOneMemberNotOneMembers() {
        LocatorMap small = LocatorMap.of(new Locator("X.svg", "Belarus", "Union State", null, List.of("Russia")), matcher);
        assertThat(MapDate.on(LocalDate.of(2012, 12, 31)).title(small))
                .isEqualTo("Union State as the article lists them · 1 member");
        assertThat(MapDate.of(PartialDate.ofYear(1949)).title(nato)).isEqualTo("NATO as of 1 January 1949 · 0 members");
    }

    @Test
    void withoutAnOrganisationTheMapIsNamedAfterTheSubject() {
        assertThat(MapDate.asListed().title(LocatorMap.of(new Locator(null, "Belarus", null, null, List.of()), matcher)))
                .isEqualTo("Map of Belarus");
        assertThat(MapDate.asListed().title(LocatorMap.of(new Locator(null, null, null, null, List.of()), matcher)))
                .isEqualTo("Map of Europe");
    }
}
