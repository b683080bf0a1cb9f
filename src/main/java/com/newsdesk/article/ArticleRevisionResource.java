package com.newsdesk.article;

import com.newsdesk.article.RevisionViews.RevisionDiff;
import com.newsdesk.article.RevisionViews.RevisionSummary;
import com.newsdesk.article.RevisionViews.RevisionView;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.staff.StaffRole;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An article's revisions: list, read, compare, restore. */
@Path("/api/v1/admin/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.CONTRIBUTOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Articles (staff)")
public class ArticleRevisionResource {

    static final String ROLES = " Roles: editor and admin for any article, contributors for their own drafts.";

    private final ArticleHistory history;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    ArticleRevisionResource(ArticleHistory history, JsonWebToken token, SecurityIdentity identity) {
        this.history = history;
        this.token = token;
        this.identity = identity;
    }

    private Caller caller() {
        return Caller.of(token, identity);
    }

    @GET
    @Operation(
            operationId = "listArticleRevisions",
            summary = "An article's revisions",
            description = "Newest first: who, when, what kind of change and which fields changed." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of revisions.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    @APIResponse(responseCode = "403", description = "A contributor asked about another's article.")
    @APIResponse(responseCode = "404", description = "No such article.")
    public NumberedPage<RevisionSummary> list(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return history.list(id, NumberedPage.parsePage(page), PageLimit.parse(limit), caller());
    }

    @GET
    @Path("/{n}")
    @Operation(
            operationId = "getArticleRevision",
            summary = "One revision",
            description = "With its whole content." + ROLES)
    @APIResponse(responseCode = "200", description = "The revision.")
    @APIResponse(responseCode = "403", description = "A contributor asked about another's article.")
    @APIResponse(responseCode = "404", description = "No such article or revision.")
    public RevisionView get(@PathParam("id") UUID id, @PathParam("n") int n) {
        return history.get(id, n, caller());
    }

    @GET
    @Path("/{n}/diff")
    @Operation(
            operationId = "diffArticleRevisions",
            summary = "Compare two revisions",
            description = "The fields that differ, and the body block by block, word by word, from revision n to"
                    + " revision `to` (default: the newest)." + ROLES)
    @APIResponse(responseCode = "200", description = "The differences.")
    @APIResponse(responseCode = "400", description = "to is not a number.")
    @APIResponse(responseCode = "403", description = "A contributor asked about another's article.")
    @APIResponse(responseCode = "404", description = "No such article or revision.")
    public RevisionDiff diff(
            @PathParam("id") UUID id,
            @PathParam("n") int n,
            @Parameter(
                            description = "The revision to compare with; the newest by default.",
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("to")
                    String to) {
        return history.diff(id, n, to == null ? history.newest(id, caller()) : number(to), caller());
    }

    @POST
    @Path("/{n}/restore")
    @Operation(
            operationId = "restoreArticleRevision",
            summary = "Restore a revision",
            description = "Copies every editable field of revision n but status, publishAt and slug into the"
                    + " article, as a new revision. It never publishes or unpublishes: a public article stays"
                    + " public with the restored text." + ROLES)
    @APIResponse(responseCode = "200", description = "The article as restored.")
    @APIResponse(responseCode = "403", description = "A contributor asked about another's article.")
    @APIResponse(responseCode = "404", description = "No such article or revision.")
    @APIResponse(responseCode = "412", description = "The article changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public ArticleAdminView restore(
            @PathParam("id") UUID id,
            @PathParam("n") int n,
            @Parameter(description = "The article's ETag.", required = true) @HeaderParam("If-Match") String ifMatch) {
        return history.restore(id, n, ifMatch, caller());
    }

    private static int number(String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput("to", "Must be a revision number");
        }
    }
}
