package com.newsdesk.common.problem;

import com.newsdesk.common.problem.Problem.FieldError;
import java.util.List;

/** Builds {@link Problem} bodies, so every layer words them the same way. */
public final class ProblemFactory {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemFactory() {}

    public static Problem of(ProblemType type, int status, String detail, String instance) {
        return new Problem(type.uri(), type.title(), status, detail, instance, null, null, null);
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, type.status(), detail, instance);
    }

    public static Problem invalid(List<FieldError> errors, String instance) {
        ProblemType type = ProblemType.INVALID_REQUEST;
        return new Problem(type.uri(), type.title(), type.status(), summarize(errors), instance, errors, null, null);
    }

    public static Problem internal(String correlationId, String instance) {
        ProblemType type = ProblemType.INTERNAL;
        return new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "Something went wrong on our side. It has been logged; quote the correlation id if you contact us.",
                instance,
                null,
                correlationId,
                null);
    }

    static String summarize(List<FieldError> errors) {
        List<String> fields = errors.stream().map(FieldError::field).distinct().toList();
        return fields.size() == 1
                ? "1 field is invalid: " + fields.get(0) + "."
                : fields.size() + " fields are invalid: " + String.join(", ", fields) + ".";
    }
}
