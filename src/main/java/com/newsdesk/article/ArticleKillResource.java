package com.newsdesk.article;

import com.newsdesk.common.json.OneLine;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Killing an article (withdrawing it for legal or ethical reasons) and lifting the kill. */
@Path("/api/v1/admin/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Articles (staff)")
public class ArticleKillResource {

    @Schema(name = "KillInput", examples = "{\"notice\": \"This article has been removed following a court order.\"}")
    public record KillInput(
            @Schema(nullable = true, description = "What readers are told where the article was (the 410's detail).")
            @Size(max = 1000)
            @OneLine
            String notice) {}

    private final ArticleLifecycle lifecycle;

    ArticleKillResource(ArticleLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("/kill")
    @RolesAllowed(StaffRole.EDITOR_ROLE)
    @Operation(
            operationId = "killArticle",
            summary = "Kill an article",
            description = "Withdraws it at once from every list, feed, search, collection and cache, and from the CDN."
                    + " If readers saw it, its slug, old slugs and id answer 410 with the notice, /api/v1/changes"
                    + " has a tombstone and webhooks get article.killed; if not, it stays 404. Publishing, scheduling,"
                    + " unpublishing and archiving it are 422 until an admin lifts the kill. Roles: editor, admin.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KillInput.class)))
    @APIResponse(responseCode = "200", description = "Killed.")
    @APIResponse(responseCode = "404", description = "No such article.")
    @APIResponse(responseCode = "422", description = "It is killed already.")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleAdminView kill(@PathParam("id") UUID id, @Valid KillInput input) {
        return lifecycle.kill(id, input == null ? null : input.notice());
    }

    /** The same without a body (no notice): a JSON reader cannot be chosen for a body-less request. */
    @POST
    @Path("/kill")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(StaffRole.EDITOR_ROLE)
    @Operation(hidden = true)
    public ArticleAdminView killWithoutNotice(
            @PathParam("id") UUID id,
            @HeaderParam("Content-Length") String length,
            @HeaderParam("Transfer-Encoding") String chunked) {
        if ((length != null && !length.trim().equals("0")) || chunked != null) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the notice as application/json, or no body at all.");
        }
        return lifecycle.kill(id, null);
    }

    @POST
    @Path("/lift")
    @RolesAllowed(StaffRole.ADMIN_ROLE)
    @Operation(
            operationId = "liftArticleKill",
            summary = "Lift a kill",
            description = "The article gets back the status it had when it was killed: public again if it was."
                    + " Roles: admin.")
    @APIResponse(responseCode = "200", description = "The kill is lifted.")
    @APIResponse(responseCode = "404", description = "No such article.")
    @APIResponse(responseCode = "422", description = "It is not killed.")
    public ArticleAdminView lift(@PathParam("id") UUID id) {
        return lifecycle.lift(id);
    }
}
