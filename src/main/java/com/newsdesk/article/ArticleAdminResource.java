package com.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.article.ArticleInputs.NewArticle;
import com.newsdesk.article.ArticleInputs.Schedule;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.staff.StaffRole;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Staff side of articles. Contributors write their own drafts; editors and admins everything. */
@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.CONTRIBUTOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Articles (staff)",
        description = "Drafts, edits and the publishing workflow. Roles: contributor (own drafts), editor, admin.")
public class ArticleAdminResource {

    static final String ANY = " Roles: contributor (own drafts only), editor, admin.";
    static final String EDITORS = " Roles: editor, admin.";

    private final ArticleService articles;
    private final ArticleLifecycle lifecycle;
    private final ArticleFilters filters;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    ArticleAdminResource(
            ArticleService articles,
            ArticleLifecycle lifecycle,
            ArticleFilters filters,
            JsonWebToken token,
            SecurityIdentity identity) {
        this.articles = articles;
        this.lifecycle = lifecycle;
        this.filters = filters;
        this.token = token;
        this.identity = identity;
    }

    private Caller caller() {
        return Caller.of(token, identity);
    }

    @GET
    @Operation(
            operationId = "adminListArticles",
            summary = "List articles (staff)",
            description = "Most recently changed first, by page number. Contributors see their own." + ANY)
    @APIResponse(responseCode = "200", description = "A page of articles.")
    @APIResponse(responseCode = "400", description = "Bad page, limit or filter.")
    public NumberedPage<ArticleAdminView> list(
            @Parameter(schema = @Schema(enumeration = {"draft", "scheduled", "published", "archived"}))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Author slug.") @QueryParam("author") String author,
            @Parameter(description = "Section slug.") @QueryParam("section") String section,
            @Parameter(description = "Text in the headline.") @QueryParam("q") String text,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        ArticleFilter ids = filters.of(section, null, author, null);
        ArticleRepository.AdminFilter filter = new ArticleRepository.AdminFilter(
                ArticleFilters.status(status),
                ids.authorId(),
                ids.sectionId(),
                text == null || text.isBlank() ? null : text.trim(),
                null);
        return articles.list(filter, NumberedPage.parsePage(page), PageLimit.parse(limit), caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createArticle",
            summary = "Create an article",
            description = "A new article is a draft. The slug is generated from the headline when left out." + ANY)
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.")
    @APIResponse(responseCode = "409", description = "The slug is taken; the problem suggests a free one.")
    public RestResponse<ArticleAdminView> create(@NotNull NewArticle input, @Context UriInfo uri) {
        ArticleAdminView created = articles.create(input, caller());
        return RestResponse.ResponseBuilder.<ArticleAdminView>created(
                        uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "adminGetArticle",
            summary = "Get an article (staff)",
            description = "Its ETag is what PATCH and DELETE need as If-Match." + ANY)
    @APIResponse(responseCode = "200", description = "The article.")
    @APIResponse(responseCode = "404", description = "No such article.")
    public ArticleAdminView get(@PathParam("id") UUID id) {
        return articles.get(id, caller());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateArticle",
            summary = "Change an article",
            description =
                    "JSON merge patch: absent fields stay, null clears. Changing the slug of a public article keeps the old one as a 301."
                            + ANY)
    @APIResponse(responseCode = "200", description = "The changed article.")
    @APIResponse(responseCode = "404", description = "No such article.")
    @APIResponse(responseCode = "409", description = "The slug is taken; the problem suggests a free one.")
    @APIResponse(responseCode = "412", description = "It changed since your read; nothing was changed.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public ArticleAdminView update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(ref = "ArticlePatch"),
                                            examples =
                                                    @ExampleObject(
                                                            name = "headline",
                                                            value =
                                                                    "{\"headline\": \"Grid holds, again\", \"standfirst\": null}")))
                    JsonNode patch) {
        return articles.patch(id, ifMatch, patch, caller());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(StaffRole.EDITOR_ROLE)
    @Operation(
            operationId = "deleteArticle",
            summary = "Delete an article",
            description = "Recorded with its time when it was public." + EDITORS)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such article.")
    @APIResponse(responseCode = "412", description = "It changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        lifecycle.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(StaffRole.EDITOR_ROLE)
    @Operation(
            operationId = "publishArticle",
            summary = "Publish an article now",
            description =
                    "Needs a headline, an author, a section, a body with text, and alt text on its images." + EDITORS)
    @APIResponse(responseCode = "200", description = "Published.")
    @APIResponse(responseCode = "404", description = "No such article.")
    @APIResponse(responseCode = "422", description = "Not complete; errors lists every missing piece.")
    public ArticleAdminView publish(@PathParam("id") UUID id) {
        return lifecycle.publish(id);
    }

    @POST
    @Path("/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(StaffRole.EDITOR_ROLE)
    @Operation(
            operationId = "scheduleArticle",
            summary = "Schedule an article",
            description = "It becomes public at publishAt by itself, on every instance." + EDITORS)
    @APIResponse(responseCode = "200", description = "Scheduled.")
    @APIResponse(responseCode = "404", description = "No such article.")
    @APIResponse(responseCode = "422", description = "Not complete; errors lists every missing piece.")
    public ArticleAdminView schedule(@PathParam("id") UUID id, @NotNull @Valid Schedule input) {
        return lifecycle.schedule(id, input.publishAt());
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed(StaffRole.EDITOR_ROLE)
    @Operation(
            operationId = "unpublishArticle",
            summary = "Unpublish an article",
            description = "Back to draft; recorded with its time." + EDITORS)
    @APIResponse(responseCode = "200", description = "Unpublished.")
    @APIResponse(responseCode = "404", description = "No such article.")
    public ArticleAdminView unpublish(@PathParam("id") UUID id) {
        return lifecycle.unpublish(id);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(StaffRole.EDITOR_ROLE)
    @Operation(
            operationId = "archiveArticle",
            summary = "Archive an article",
            description = "Off the public site, kept for the record; recorded with its time." + EDITORS)
    @APIResponse(responseCode = "200", description = "Archived.")
    @APIResponse(responseCode = "404", description = "No such article.")
    public ArticleAdminView archive(@PathParam("id") UUID id) {
        return lifecycle.archive(id);
    }
}
