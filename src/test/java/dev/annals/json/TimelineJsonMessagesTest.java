package dev.annals.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken timeline file is explained in a person's words: where, and what is wrong, with no Java names. */
class TimelineJsonMessagesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ~~                                                                   | x.json:1:0: the file is empty
            [1,2]                                                                | x.json:1:1: expected an object, found a list
            {"schemaVersion":1}                                                  | 'title' is missing
            {"schemaVersion":1,"title":"t","events":[{"id":"a","id":"b"}]}       | x.json:1:56: events[0]: 'id' is given twice
            {"schemaVersion":1,"title":"t","title":"u"}                          | x.json:1:39: 'title' is given twice
            {"schemaVersion":1,"title":"t","events":[{"id":"x","start":{"year":2000,"precision":"weekly"}}]} | events[0].start.precision: 'weekly' is not one of century, decade, year, month, day
            {"schemaVersion":1,"title":"t","infobox":[]}                         | infobox: expected an object, found a list
            null                                                                 | x.json: the file holds null, not a timeline
            "x"                                                                  | x.json:1:1: expected an object, found the text "x"
            true                                                                 | x.json:1:1: expected an object, found true
            {"schemaVersion":1,"title":"t"}                                      | 'infobox' is missing
            {"schemaVersion":1.5,"title":"t"}                                    | schemaVersion: expected a whole number, found the number 1.5
            {"schemaVersion":"1","title":"t"}                                    | schemaVersion: expected a whole number, found the text "1"
            {"schemaVersion":1,"title":5}                                        | title: expected text in quotes, found the number 5
            {"schemaVersion":1,"title":"t","source":"x"}                         | source: expected an object, found the text "x"
            {"schemaVersion":1,"title":"t","periods":[1]}                        | periods[0]: expected an object, found a number
            {"schemaVersion":1,"title":"t","locator":{"memberStates":"x"}}       | locator.memberStates: expected a list, found the text "x"
            {"schemaVersion":1,"title":"t","problems":[{"line":NaN}]}            | problems[0]: 'NaN' is not a number JSON allows
            {"schemaVersion":1,"title":"t","events":[{"headline":{}}]}           | events[0].headline: expected text in quotes, found an object
            {"schemaVersion":1,"title":"t","events":[{"start":{"year":1995.9}}]} | events[0].start.year: expected a whole number, found the number 1995.9
            {"schemaVersion":1,"title":"t","events":[{"start":{"year":"1995"}}]} | events[0].start.year: expected a whole number, found the text "1995"
            {"schemaVersion":1,"title":"t","events":[{"source":{"line":"a"}}]}   | events[0].source.line: expected a whole number, found the text "a"
            {"schemaVersion":1,"title":"t","events":[{"items":[1]}]}             | events[0].items: expected a list of texts, found the number 1 in it
            {"schemaVersion":1,"title":"t","events":[{"start":{"year":99999999999}}]} | events[0].start.year: expected a whole number, found the number 99999999999
            {"schemaVersion":1,"title":"t","events":[{"start":{"year":2000,"month":1,"day":-5}}]} | events[0].start: no day -5 in 2000-01
            {"schemaVersion":1,"title":"t","events":[{"start":{"year":1995,"precision":"decade"}}]} | events[0].start: a decade starts in a year ending in 0, not 1995
            {"schemaVersion":1,"title":"t","events":[{"start":{"year":9999,"precision":"century","qualifier":"late"}}]} | events[0].start: a century starts in a year ending in 01, not 9999
            {"schemaVersion":1,"title":"t","events":[{"start":{"year":9901,"precision":"century"}}]} | events[0].start: the century from 9901 ends after 9999
            {"schemaVersion":1,"title":"t",                                      | not valid JSON: the file ends too early (is it cut off?)
            {"schemaVersion":1,"title":"t" "x":1}                                | not valid JSON: expected a comma between two fields, found '"'
            {'schemaVersion':1}                                                  | not valid JSON: expected a field name in double quotes, found '''
            {"schemaVersion":01}                                                 | not valid JSON: a number may not start with 0
            {"schemaVersion":1,"title":x}                                        | not valid JSON: 'x' is not a JSON value (text needs double quotes)
            {"schemaVersion":1,"title":"t","seeAlso":["a" "b"]}                  | seeAlso[1]: expected a comma between two list items, found '"'
            {"schemaVersion":1,"title":"t"]                                      | not valid JSON: a ']' that closes nothing
            {"schemaVersion":1,"title":"t","infobox":{},"seeAlso":[],"periods":[],"events":[],"problems":[]} {"x":1} | more follows the end of the timeline
            """)
    void explainsWhatIsWrong(String json, String expected) {
        TimelineFormatException e = catchThrowableOfType(
                () -> TimelineJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json"),
                TimelineFormatException.class);
        assertThat(e.getMessage()).startsWith("x.json:").contains(expected)
                .doesNotContain("`").doesNotContain("dev.annals").doesNotContain("java.").doesNotContain("Source:")
                .doesNotContain("token").doesNotContain("enable").doesNotContain("Creator").doesNotContain("deserialize")
                .doesNotContain("VALUE_").doesNotContain("START_").doesNotContain("(code");
    }

    @Test
    void aFileNestedThousandsDeepIsExplainedNotAStackOverflow() {
        String json = "{\"schemaVersion\":1,\"title\":\"t\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        TimelineFormatException e = catchThrowableOfType(
                () -> TimelineJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json"),
                TimelineFormatException.class);

        assertThat(e.getMessage()).startsWith("x.json:").contains("objects and lists nested more than 1000 deep");
    }
}
