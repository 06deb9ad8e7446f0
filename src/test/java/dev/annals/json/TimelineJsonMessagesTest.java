package dev.annals.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken timeline file is explained in a person's words: where, and what is wrong, with no Java names. */
class TimelineJsonMessagesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ~~                                                                   | x.json:1:0: the file is empty
            [1,2]                                                                | a value of the wrong kind
            {"schemaVersion":1}                                                  | 'title' is missing
            {"schemaVersion":1,"title":"t","events":[{"id":"a","id":"b"}]}       | x.json:1:56: events[0]: 'id' is given twice
            {"schemaVersion":1,"title":"t","title":"u"}                          | x.json:1:39: 'title' is given twice
            {"schemaVersion":1,"title":"t","events":[{"id":"x","start":{"year":2000,"precision":"weekly"}}]} | events[0].start.precision: 'weekly' is not one of century, decade, year, month, day
            {"schemaVersion":1,"title":"t","infobox":[]}                         | infobox: a value of the wrong kind (Cannot deserialize value of type object from Array value)
            """)
    void explainsWhatIsWrong(String json, String expected) {
        TimelineFormatException e = catchThrowableOfType(
                () -> TimelineJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json"),
                TimelineFormatException.class);
        assertThat(e.getMessage()).startsWith("x.json:").contains(expected)
                .doesNotContain("`").doesNotContain("dev.annals").doesNotContain("java.").doesNotContain("Source:");
    }
}
