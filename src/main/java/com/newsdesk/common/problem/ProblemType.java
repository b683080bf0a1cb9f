package com.newsdesk.common.problem;

/** The catalogue of problem types. The README lists them; slugs and titles never change. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "Your request has invalid fields", 400),
    MALFORMED_BODY("malformed-body", "The request body could not be read", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    GONE("gone", "Gone", 410),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    URI_TOO_LONG("uri-too-long", "URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", "Range not satisfiable", 416),
    UNPROCESSABLE("unprocessable", "Request not possible in the current state", 422),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    HEADER_FIELDS_TOO_LARGE("header-fields-too-large", "Request header fields too large", 431),
    INTERNAL("internal-error", "Internal server error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    HTTP_ERROR("http-error", "Request failed", 400);

    public static final String BASE_URI = "https://newsdesk.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The type for a bare HTTP status, for failures that carry nothing but a status code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != HTTP_ERROR) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : HTTP_ERROR;
    }
}
