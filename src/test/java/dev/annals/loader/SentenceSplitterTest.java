package dev.annals.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(new TextLine(1, 1, text)).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtFullStopsBeforeACapital() {
        assertThat(split("NATO met. Belarus left! Why? 2009 came."))
                .containsExactly("NATO met.", "Belarus left!", "Why?", "2009 came.");
    }

    @Test
    void abbreviationsInitialsAndNumbersDoNotEndASentence() {
        assertThat(split("Resolution No. 5 was signed by J. F. Kennedy in the U.S. on 1.5 terms, e.g. trade. Then it ended."))
                .containsExactly("Resolution No. 5 was signed by J. F. Kennedy in the U.S. on 1.5 terms, e.g. trade.",
                        "Then it ended.");
        assertThat(split("About 700,000 weapons were destroyed. It was a step.")).hasSize(2);
    }

    @Test
    void quotationsStayWhole() {
        String quote = "“You don’t let our products in. You call us parasites,” Lukashenko said about Moscow’s “hysteria.”";
        assertThat(split(quote + " He left.")).containsExactly(quote, "He left.");
        assertThat(split("He said \"We will come.\" Then he went.")).containsExactly("He said \"We will come.\"", "Then he went.");
    }

    @Test
    void bracketsStayWhole() {
        assertThat(split("It had 21 objectives (9 common. 7 ground) and more. Next one."))
                .containsExactly("It had 21 objectives (9 common. 7 ground) and more.", "Next one.");
    }

    @Test
    void positionsPointAtEachSentence() {
        String line = "  First one.  Second one.";
        List<Sentence> sentences = splitter.split(new TextLine(7, 3, line.strip()));
        assertThat(sentences).extracting(Sentence::column).containsExactly(3, 15);
        assertThat(sentences).extracting(Sentence::line).containsOnly(7);
        for (Sentence s : sentences) {
            assertThat(line.substring(s.column() - 1, s.column() - 1 + s.text().length())).isEqualTo(s.text());
        }
    }

    @Test
    void textWithoutFinalStopIsOneSentence() {
        assertThat(split("Arms control,")).containsExactly("Arms control,");
    }
}
