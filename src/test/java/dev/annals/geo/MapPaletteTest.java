package dev.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each theme's stylesheet gives every map colour once, as a plain colour the PDF can use. */
class MapPaletteTest {
    @Test
    void theLightThemeIsReadFromItsStylesheet() {
        MapPalette light = MapPalette.light();
        assertThat(light.colour(MapColour.MEMBER)).isEqualTo(new MapPalette.Colour(0x2f, 0x6d, 0xb5, 1));
        assertThat(light.colour(MapColour.PANEL).opacity()).isEqualTo(0.85);
    }

    @Test
    void bothThemesSetEveryColourAndTheChosenCountryNeverLooksLikeTheSubject() {
        for (String theme : new String[] {"/css/annals-light.css", "/css/annals-dark.css"}) {
            MapPalette palette = MapPalette.readResource(theme);
            assertThat(palette.colour(MapColour.CHOSEN)).as(theme).isNotEqualTo(palette.colour(MapColour.SUBJECT));
            assertThat(palette.colour(MapColour.FOCUS)).as(theme).isNotEqualTo(palette.colour(MapColour.OUTLINE));
        }
        assertThat(MapPalette.readResource("/css/annals-dark.css").colour(MapColour.SEA))
                .isNotEqualTo(MapPalette.light().colour(MapColour.SEA));
    }

    @Test
    void aMissingOrLookedUpColourIsRefusedByName() {
        assertThatThrownBy(() -> MapPalette.read(".member-state-map { -annals-sea-color: #fff; }", "t.css"))
                .hasMessage("t.css: .member-state-map does not set -annals-subject-color");
        StringBuilder css = new StringBuilder(".member-state-map {");
        for (MapColour c : MapColour.values()) {
            css.append(c.cssProperty()).append(": ").append(c == MapColour.TEXT ? "-annals-text" : "#102030").append(";");
        }
        assertThatThrownBy(() -> MapPalette.read(css + "}", "t.css"))
                .hasMessageContaining("-annals-text-color is '-annals-text', not a colour");
    }

    @Test
    void laterRulesWinAndShortHexAndRgbaAreRead() {
        StringBuilder css = new StringBuilder("/* .member-state-map { -annals-sea-color: #000; } */ .member-state-map {");
        for (MapColour c : MapColour.values()) {
            css.append(c.cssProperty()).append(": #abc;");
        }
        css.append("} .other { -annals-sea-color: #000000; } .member-state-map { -annals-sea-color: rgba(1, 2, 3, 0.5); }");
        MapPalette p = MapPalette.read(css.toString(), "t.css");
        assertThat(p.colour(MapColour.SEA)).isEqualTo(new MapPalette.Colour(1, 2, 3, 0.5));
        assertThat(p.colour(MapColour.TEXT)).isEqualTo(new MapPalette.Colour(0xaa, 0xbb, 0xcc, 1));
    }
}
