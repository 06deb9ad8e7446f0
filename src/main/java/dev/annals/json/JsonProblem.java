package dev.annals.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
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
        Matcher twice = DUPLICATE.matcher(firstLine(e.getOriginalMessage()));
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
        if (e instanceof MismatchedInputException && path.isEmpty() && e.getOriginalMessage().startsWith("No content")) {
            return "the file is empty";
        }
        if (e instanceof MismatchedInputException) {
            return at + "a value of the wrong kind (" + withoutJavaNames(firstLine(e.getOriginalMessage())) + ")";
        }
        if (e instanceof JsonMappingException) {
            return at + withoutJavaNames(firstLine(e.getOriginalMessage()));
        }
        return "not valid JSON: " + firstLine(e.getOriginalMessage());
    }

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
