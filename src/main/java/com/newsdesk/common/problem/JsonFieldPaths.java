package com.newsdesk.common.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Words Jackson's type errors as paths and expectations about the client's JSON. */
final class JsonFieldPaths {

    private JsonFieldPaths() {}

    private static final Pattern KNOWN_TYPE_IDS = Pattern.compile("known type ids = \\[([^\\]]*)]");

    /** The field a type error is about: for an unknown or missing type id, the "type" member. */
    static String of(JsonMappingException e) {
        String field = of(e.getPath());
        return e instanceof InvalidTypeIdException
                ? (field.equals(ViolationFields.WHOLE_BODY) ? "type" : field + ".type")
                : field;
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? ViolationFields.WHOLE_BODY : field.toString();
    }

    static String expectation(JsonMappingException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Must ")) {
            return e.getOriginalMessage(); // our own deserializers' words
        }
        if (e instanceof InvalidTypeIdException) {
            Matcher known = KNOWN_TYPE_IDS.matcher(String.valueOf(e.getOriginalMessage()));
            return known.find() ? "Must be one of: " + known.group(1) : "Must have a known type";
        }
        if (e.getCause() instanceof IllegalArgumentException reason
                && reason.getMessage() != null
                && reason.getMessage().startsWith("Must ")) {
            return reason.getMessage(); // our own types' words, such as an unknown enum value
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "Has a value that is not accepted here";
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return "Must be a string";
        }
        if (target == Integer.class
                || target == int.class
                || target == Long.class
                || target == long.class
                || target == Short.class
                || target == short.class) {
            return "Must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "Must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "Must be true or false";
        }
        if (target.isEnum()) {
            return "Must be one of: "
                    + Arrays.stream(target.getEnumConstants())
                            .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                            .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "Must be an ISO-8601 timestamp such as 2024-11-22T02:13:00Z";
        }
        if (target == UUID.class) {
            return "Must be an id";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "Must be an array";
        }
        if (Map.class.isAssignableFrom(target)
                || target.isRecord()
                || !target.getName().startsWith("java.")) {
            return "Must be an object";
        }
        return "Has the wrong type";
    }
}
