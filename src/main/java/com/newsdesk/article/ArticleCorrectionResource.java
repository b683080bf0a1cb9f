package com.newsdesk.article;

import com.newsdesk.article.CorrectionViews.NewCorrection;
import com.newsdesk.article.CorrectionViews.Stored;
import com.newsdesk.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Public notes on an article: corrections, clarifications and updates. */
@Path("/api/v1/admin/articles/{id}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.EDITOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Articles (staff)")
public class ArticleCorrectionResource {

    private final ArticleCorrections corrections;
    private final JsonWebToken token;

    ArticleCorrectionResource(ArticleCorrections corrections, JsonWebToken token) {
        this.corrections = corrections;
        this.token = token;
    }

    @GET
    @Operation(
            operationId = "listArticleCorrections",
            summary = "An article's notes",
            description = "Every correction, clarification and update, oldest first, with those an admin removed."
                    + " Roles: editor, admin.")
    @APIResponse(responseCode = "200", description = "The notes.")
    @APIResponse(responseCode = "404", description = "No such article.")
    public List<Stored> list(@PathParam("id") UUID id) {
        return corrections.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            operationId = "addArticleCorrection",
            summary = "Correct, clarify or update an article in public",
            description = "Adds a note at the server's time. Readers see it on the article, in feeds and in"
                    + " /api/v1/changes; the article's updatedAt moves and webhooks get article.updated."
                    + " Roles: editor, admin.")
    @APIResponse(responseCode = "201", description = "The note as stored.")
    @APIResponse(responseCode = "404", description = "No such article.")
    @APIResponse(responseCode = "422", description = "The article was never public: edit it instead.")
    public Stored add(@PathParam("id") UUID id, @NotNull @Valid NewCorrection input) {
        return corrections.add(id, input, UUID.fromString(token.getSubject()));
    }

    @DELETE
    @Path("/{noteId}")
    @RolesAllowed(StaffRole.ADMIN_ROLE)
    @Operation(
            operationId = "removeArticleCorrection",
            summary = "Take a note off the public view",
            description = "Readers no longer see it; staff still do, with who removed it and when. Roles: admin.")
    @APIResponse(responseCode = "204", description = "Removed from the public view.")
    @APIResponse(responseCode = "404", description = "No such article, or no such note on the public view.")
    public void remove(@PathParam("id") UUID id, @PathParam("noteId") String noteId) {
        corrections.remove(id, noteId, UUID.fromString(token.getSubject()));
    }
}
