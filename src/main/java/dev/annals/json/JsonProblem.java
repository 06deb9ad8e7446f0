package dev.annals.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in a person's words what is wrong with a timeline file, with the JSON path of the bad value
 * ("events[3].start.precision"), and without Jackson's class names or parser internals.
 */
final class JsonProblem {
    /** The parser's words for a key given twice in one object (refused anywhere in a timeline). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private JsonProblem() {
    }

    static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String at = path.isEmpty() ? "" : path + ": ";
        String original = firstLine(e.getOriginalMessage());
        Matcher twice = DUPLICATE.matcher(original);
        if (twice.matches()) {
            return at + "'" + twice.group(1) + "' is given twice";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            return at + "'" + f.getValue() + "' is not one of " + allowed;
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            String cause = v.getCause().getMessage();
            return at + (cause != null && cause.matches("\\w+") ? "'" + cause + "' is missing" : cause);
        }
        if (e instanceof MismatchedInputException && path.isEmpty() && original.startsWith("No content")) {
            return "the file is empty";
        }
        if (e.getClass() == MismatchedInputException.class && original.startsWith("Trailing token")) {
            return "more follows the end of the timeline (its closing '}'); the file is damaged or two files were joined";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return at + "expected " + expected(m.getTargetType()) + ", found " + found(e);
        }
        if (e instanceof JsonMappingException) {
            return at + syntax(withoutJavaNames(original));
        }
        return "not valid JSON: " + syntax(original);
    }

    /** What a value of this type looks like in JSON, in plain words. */
    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String found(JsonProcessingException e) {
        try {
            return e.getProcessor() instanceof JsonParser p ? EventDeserializer.found(p) : "another kind of value";
        } catch (IOException io) {
            return "another kind of value";
        }
    }

    /** The parser's words for broken JSON, in a person's. */
    private static String syntax(String message) {
        for (String[] rule : SYNTAX) {
            Matcher m = Pattern.compile(rule[0]).matcher(message);
            if (m.find()) {
                return m.replaceFirst(rule[1]).substring(m.start());
            }
        }
        return message.replaceAll("\\s*\\(code \\d+\\)", "");
    }

    /** Jackson's wording (a regular expression) and what to say instead. */
    private static final String[][] SYNTAX = {
            {"^Unexpected end-of-input.*", "the file ends too early (is it cut off?)"},
            {"^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting double-quote to start field name.*",
                    "expected a field name in double quotes, found '$1'"},
            {"^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting comma to separate Object entries.*",
                    "expected a comma between two fields, found '$1'"},
            {"^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting comma to separate Array entries.*",
                    "expected a comma between two list items, found '$1'"},
            {"^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting a colon.*",
                    "expected a colon after a field name, found '$1'"},
            {"^Unexpected character \\('(.+?)' \\(code \\d+\\)\\).*", "'$1' is not allowed here"},
            {"^Unexpected close marker '(.)'.*", "a '$1' that closes nothing"},
            {"^Unrecognized token '(.+?)'.*", "'$1' is not a JSON value (text needs double quotes)"},
            {"^Non-standard token '(.+?)'.*", "'$1' is not a number JSON allows"},
            {"^Invalid numeric value: Leading zeroes not allowed.*", "a number may not start with 0"},
            {"^Numeric value \\((.+?)\\) out of range of .*", "the number $1 is too large"},
            {"^Illegal unquoted character \\((.+?)\\).*", "a control character ($1) inside text must be escaped"},
            {"^Unrecognized character escape (.+?) .*", "$1 is not an escape JSON knows"},
            {"^Invalid UTF-8.*", "bytes that are not UTF-8"},
            {"^Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\D.*",
                    "objects and lists nested more than $2 deep"},
    };

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** "`java.util.LinkedHashMap<…>`" reads as "object", "`dev.annals.model.Timeline`" as "Timeline". */
    private static String withoutJavaNames(String message) {
        return message.replaceAll("`java\\.util\\.\\w*Map<[^`]*>`", "object")
                .replaceAll("`java\\.util\\.\\w*(?:List|Set)<[^`]*>`", "list")
                .replaceAll("`(?:[\\w$]+\\.)*([\\w$]+)`", "$1");
    }

    /** The first line, without the parser's "(… [Source: …])" location notes. */
    private static String firstLine(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return first.replaceAll("\\s*\\([^()]*\\[Source:[^\\]]*\\]\\)", "").replaceAll("\\s*\\(token `[^`]*`\\)", "");
    }
}
