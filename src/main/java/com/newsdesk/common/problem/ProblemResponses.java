package com.newsdesk.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** JAX-RS responses carrying a {@link Problem}. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status())
                .type(ProblemFactory.MEDIA_TYPE)
                // An error describes one moment; a cache must not serve it for the next request.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(problem);
    }

    public static Response response(Problem problem) {
        return builder(problem).build();
    }
}
