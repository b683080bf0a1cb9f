package com.newsdesk.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem: the one shape of every error the API answers. */
@Schema(
        name = "Problem",
        description = "An error, as RFC 9457 application/problem+json. Every 4xx and 5xx answer has this shape.",
        requiredProperties = {"type", "title", "status", "detail", "instance"},
        examples = """
                {"type": "https://newsdesk.dev/problems/invalid-request", "title": "Your request has invalid fields",
                 "status": 400, "detail": "1 field is invalid: limit.", "instance": "/api/v1/sections",
                 "errors": [{"field": "limit", "message": "Must be a whole number from 1 to 100"}]}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Identifies the kind of problem; stable, documented in the README.", format = "uri")
        String type,

        @Schema(description = "Short summary of the kind of problem, the same for every occurrence.")
        String title,

        @Schema(description = "The HTTP status code.", example = "404")
        int status,

        @Schema(description = "What went wrong this time, written for the person using the client.")
        String detail,

        @Schema(description = "The request path this problem occurred on.", example = "/api/v1/sections/sport")
        String instance,

        @Schema(description = "For invalid input: one entry per invalid field. Absent otherwise.", nullable = true)
        List<FieldError> errors,

        @Schema(
                description = "For unexpected server errors: quote it to support, it finds the log entry."
                        + " Absent otherwise.",
                nullable = true)
        String correlationId,

        @Schema(
                description = "For a 409 on something that exists already (the same bytes uploaded twice): the"
                        + " id of the existing item, which Location points to. Absent otherwise.",
                nullable = true)
        String existingId) {

    /** One invalid field of a request. */
    @Schema(
            name = "FieldError",
            requiredProperties = {"field", "message"})
    public record FieldError(
            @Schema(
                    description = "Where the value is in the request as the client sent it: a body path"
                            + " (email, body[1].type) or a parameter name (limit).",
                    example = "limit")
            String field,

            @Schema(description = "What is wrong with it, for the person using the client.")
            String message) {}
}
