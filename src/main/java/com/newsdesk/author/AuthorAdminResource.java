package com.newsdesk.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.author.AuthorInputs.NewAuthor;
import com.newsdesk.author.AuthorViews.AuthorAdminView;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.staff.StaffRole;
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

/** Staff side of authors. Editors and admins. */
@Path("/api/v1/admin/authors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.EDITOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Authors (staff)", description = "Roles: editor, admin.")
public class AuthorAdminResource {

    static final String ROLES = " Roles: editor, admin.";

    private final AuthorService authors;

    AuthorAdminResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Operation(
            operationId = "adminListAuthors",
            summary = "List authors (staff)",
            description = "Name order, by page number." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of authors.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    public NumberedPage<AuthorAdminView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return authors.adminList(NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createAuthor",
            summary = "Create an author",
            description = "Slugs by-id, changes and feed are reserved." + ROLES)
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public RestResponse<AuthorAdminView> create(@NotNull @Valid NewAuthor input, @Context UriInfo uri) {
        AuthorAdminView created = authors.create(input);
        return RestResponse.ResponseBuilder.<AuthorAdminView>created(
                        uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "adminGetAuthor",
            summary = "Get an author (staff)",
            description = "Its ETag is what PATCH and DELETE need as If-Match." + ROLES)
    @APIResponse(responseCode = "200", description = "The author.")
    @APIResponse(responseCode = "404", description = "No such author.")
    public AuthorAdminView get(@PathParam("id") UUID id) {
        return authors.adminGet(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateAuthor",
            summary = "Change an author",
            description = "JSON merge patch: only the fields sent change; null clears bio, title or avatarId." + ROLES)
    @APIResponse(responseCode = "200", description = "The changed author.")
    @APIResponse(responseCode = "404", description = "No such author.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "412", description = "The author changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public AuthorAdminView update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(ref = "AuthorPatch"),
                                            examples =
                                                    @ExampleObject(
                                                            name = "new-title",
                                                            value =
                                                                    "{\"title\": \"Senior correspondent\", \"avatarId\": null}")))
                    JsonNode patch) {
        return authors.patch(id, ifMatch, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAuthor", summary = "Delete an author", description = "Roles: editor, admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Still credited in articles; the problem says in how many.")
    @APIResponse(responseCode = "404", description = "No such author.")
    @APIResponse(responseCode = "412", description = "The author changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        authors.delete(id, ifMatch);
    }
}
