package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private static Article parse(String... lines) {
        return new ArticleParser().parse(new SourceText("test.txt", "0", List.of(lines), List.of()));
    }

    @Test
    void readsTitleInfoboxSectionsParagraphsAndBullets() {
        Article a = parse("= Belarus–NATO relations =", "", "Infobox", "- Map: A Locator Lambert.svg", "- Capital: Minsk",
                "", "Lead text.", "", "== Cooperation ==", "Intro.", "=== 1995 ===", "Signed.", "- one", "- two",
                "==Ideology==", "Text.");
        assertThat(a.title()).isEqualTo("Belarus–NATO relations");
        assertThat(a.infobox()).containsExactly(java.util.Map.entry("Map", "A Locator Lambert.svg"),
                java.util.Map.entry("Capital", "Minsk"));
        assertThat(a.lead().blocks()).singleElement().isInstanceOf(Block.Paragraph.class);
        assertThat(a.lead().children()).extracting(Section::heading).containsExactly("Cooperation", "Ideology");
        Section cooperation = a.lead().children().get(0);
        assertThat(cooperation.children()).singleElement().satisfies(y -> {
            assertThat(y.heading()).isEqualTo("1995");
            assertThat(y.level()).isEqualTo(3);
            assertThat(y.line()).isEqualTo(11);
            assertThat(y.blocks()).hasSize(2);
            Block.Bullets bullets = (Block.Bullets) y.blocks().get(1);
            assertThat(bullets.items()).extracting(TextLine::text).containsExactly("one", "two");
            assertThat(bullets.items().get(0).line()).isEqualTo(13);
            assertThat(bullets.items().get(0).column()).isEqualTo(3);
        });
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void unbalancedAndUnclosedHeadingsAreReadAndReported() {
        Article a = parse("= T =", "=== 2004 ==", "A.", "== Later", "B.");
        assertThat(a.lead().children()).extracting(Section::heading).containsExactly("2004", "Later");
        assertThat(a.problems()).extracting(p -> p.line()).containsExactly(2, 4);
        assertThat(a.problems()).allSatisfy(p -> assertThat(p.kind()).isEqualTo("markup"));
        assertThat(a.problems().get(1).message()).contains("not closed");
    }

    @Test
    void missingTitleTakesTheFileName() {
        Article a = new ArticleParser().parse(new SourceText("finland-eu-relations.txt", "0", List.of("Text."), List.of()));
        assertThat(a.title()).isEqualTo("Finland eu relations");
        assertThat(a.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no '= Title ='"));
    }

    @Test
    void leadingWhitespaceShiftsTheColumn() {
        Article a = parse("= T =", "\t  Indented text.");
        Block.Paragraph p = (Block.Paragraph) a.lead().blocks().get(0);
        assertThat(p.text().column()).isEqualTo(4);
        assertThat(p.text().text()).isEqualTo("Indented text.");
    }
}
