package com.newsdesk.common.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Base of JSON merge patch bodies (RFC 7396): remembers which fields the client sent, so that
 * "absent" (leave alone) and {@code null} (clear) can be told apart.
 */
public abstract class Patch {

    @JsonIgnore
    private final Set<String> sent = new LinkedHashSet<>();

    protected <T> T sent(String field, T value) {
        sent.add(field);
        return value;
    }

    public boolean has(String field) {
        return sent.contains(field);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return sent.isEmpty();
    }

    /** A 400 for each of these fields that was sent as null: they can change but not be cleared. */
    public void requireNonNull(Object... fieldsAndValues) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String field = (String) fieldsAndValues[i];
            if (has(field) && fieldsAndValues[i + 1] == null) {
                errors.add(new FieldError(field, "Cannot be null; leave it out to keep the current value"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
    }
}
