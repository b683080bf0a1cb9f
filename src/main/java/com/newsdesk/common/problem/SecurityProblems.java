package com.newsdesk.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The 401 and 403 answers, the same whether JAX-RS or the HTTP layer refuses the request. */
final class SecurityProblems {

    private SecurityProblems() {}

    static Response unauthenticated(String path) {
        return ProblemResponses.builder(ProblemFactory.of(
                        ProblemType.UNAUTHORIZED,
                        "This operation needs a staff token: send Authorization: Bearer <token>, which"
                                + " POST /api/v1/admin/auth/token gives you.",
                        path))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsdesk\"")
                .build();
    }

    static Response invalidToken(String path) {
        return ProblemResponses.builder(ProblemFactory.of(
                        ProblemType.UNAUTHORIZED,
                        "The token is invalid, expired or no longer valid for this account; log in again.",
                        path))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsdesk\", error=\"invalid_token\"")
                .build();
    }

    static Response forbidden(String path) {
        return ProblemResponses.response(
                ProblemFactory.of(ProblemType.FORBIDDEN, "Your role does not allow this operation.", path));
    }
}
