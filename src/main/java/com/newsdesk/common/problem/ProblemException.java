package com.newsdesk.common.problem;

import com.newsdesk.common.problem.Problem.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A failure that services raise on purpose; the global mapper turns it into problem+json. Use the
 * typed subclasses so that a reader sees the outcome at the throw site.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? null : List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Extra response headers, such as Retry-After or Allow. */
    public Map<String, String> headers() {
        return headers;
    }

    /** 404: the resource does not exist or is not public. */
    public static class NotFound extends ProblemException {
        public NotFound(String detail) {
            super(ProblemType.NOT_FOUND, detail);
        }
    }

    /** 400 with one error per invalid field. */
    public static class InvalidInput extends ProblemException {
        public InvalidInput(List<FieldError> errors) {
            super(ProblemType.INVALID_REQUEST, ProblemFactory.summarize(errors), errors, Map.of());
        }

        public InvalidInput(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }
    }

    /** 409: the request clashes with existing data (a slug taken, an item in use). */
    public static class Conflict extends ProblemException {
        public Conflict(String detail, List<FieldError> errors) {
            super(ProblemType.CONFLICT, detail, errors, Map.of());
        }
    }

    /** 409: what was sent exists already; Location and the problem's existingId name it. */
    public static class Duplicate extends ProblemException {
        private final String existingId;

        public Duplicate(String detail, String field, String existingId, String location) {
            super(ProblemType.CONFLICT, detail, List.of(new FieldError(field, detail)), Map.of("Location", location));
            this.existingId = existingId;
        }

        public String existingId() {
            return existingId;
        }
    }
}
