package com.newsdesk.preview;

import com.newsdesk.article.Caller;
import com.newsdesk.preview.PreviewService.PreviewLink;
import com.newsdesk.staff.StaffRole;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Preview links for staff. */
@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.CONTRIBUTOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Previews", description = "Show a draft in the real front end before it goes out.")
public class PreviewAdminResource {

    private final PreviewService previews;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    PreviewAdminResource(PreviewService previews, JsonWebToken token, SecurityIdentity identity) {
        this.previews = previews;
        this.token = token;
        this.identity = identity;
    }

    @POST
    @Path("/{id}/preview-token")
    @ResponseStatus(201)
    @Operation(
            operationId = "createPreviewToken",
            summary = "Get a preview link for an article",
            description = "A token scoped to this article for NEWSDESK_PREVIEW_TTL (1 h), and the link that opens it"
                    + " (NEWSDESK_PREVIEW_URL with {token}, {id} and {slug}, or GET /api/v1/preview/articles/{id})."
                    + " Roles: editor and admin for any article, contributors for their own drafts.")
    @APIResponse(
            responseCode = "201",
            description = "The token and its link.",
            content = @Content(schema = @Schema(implementation = PreviewLink.class)))
    @APIResponse(responseCode = "403", description = "A contributor asked for someone else's or a non-draft article.")
    @APIResponse(responseCode = "404", description = "No such article.")
    public PreviewLink create(@PathParam("id") UUID id) {
        return previews.issue(id, Caller.of(token, identity));
    }
}
