package com.newsdesk.common.openapi;

import com.newsdesk.common.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's identity in the OpenAPI document. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Newsdesk API",
                        version = "1.0.0",
                        description = """
                        Headless content API for news publishers.

                        * The public tree `/api/v1/...` is read-only and open: published content only.
                        * The staff tree `/api/v1/admin/...` needs a bearer token with a role.
                        * Every error is `application/problem+json` (RFC 9457), see the `Problem` schema.
                        * Every successful public GET carries a strong `ETag`; send it back as `If-None-Match`
                          to get `304 Not Modified`.
                        * Lists answer `{"data": [...], "meta": {...}}`; reader-facing lists page with opaque
                          cursors (`meta.nextCursor`, also a `Link: rel="next"` header).
                        """,
                        contact =
                                @Contact(
                                        name = "Newsdesk engineering",
                                        email = "api@newsdesk.dev",
                                        url = "https://newsdesk.dev"),
                        license = @License(name = "Proprietary", url = "https://newsdesk.dev/terms")),
        // The problem schema is shared by every error response (CommonResponsesFilter refers to it).
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "A staff access token from POST /api/v1/admin/auth/token.")
public class NewsdeskApi extends Application {}
