package com.newsdesk.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.staff.StaffRole;
import com.newsdesk.tag.TagInputs.NewTag;
import com.newsdesk.tag.TagViews.TagAdminView;
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

/** Staff side of tags. Editors and admins. */
@Path("/api/v1/admin/tags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.EDITOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tags (staff)", description = "Roles: editor, admin.")
public class TagAdminResource {

    static final String ROLES = " Roles: editor, admin.";

    private final TagService tags;

    TagAdminResource(TagService tags) {
        this.tags = tags;
    }

    @GET
    @Operation(
            operationId = "adminListTags",
            summary = "List tags (staff)",
            description = "Name order, by page number." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of tags.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    public NumberedPage<TagAdminView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return tags.adminList(NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createTag",
            summary = "Create a tag",
            description = "Slugs by-id, changes and feed are reserved." + ROLES)
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public RestResponse<TagAdminView> create(@NotNull @Valid NewTag input, @Context UriInfo uri) {
        TagAdminView created = tags.create(input);
        return RestResponse.ResponseBuilder.<TagAdminView>created(
                        uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "adminGetTag",
            summary = "Get a tag (staff)",
            description = "Its ETag is what PATCH and DELETE need as If-Match." + ROLES)
    @APIResponse(responseCode = "200", description = "The tag.")
    @APIResponse(responseCode = "404", description = "No such tag.")
    public TagAdminView get(@PathParam("id") UUID id) {
        return tags.adminGet(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateTag",
            summary = "Change a tag",
            description = "JSON merge patch: only the fields sent change; a null description clears it." + ROLES)
    @APIResponse(responseCode = "200", description = "The changed tag.")
    @APIResponse(responseCode = "404", description = "No such tag.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "412", description = "The tag changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public TagAdminView update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(ref = "TagPatch"),
                                            examples =
                                                    @ExampleObject(
                                                            name = "rename",
                                                            value =
                                                                    "{\"name\": \"Energy and power\", \"description\": null}")))
                    JsonNode patch) {
        return tags.patch(id, ifMatch, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteTag", summary = "Delete a tag", description = "Roles: editor, admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Still used by articles; the problem says by how many.")
    @APIResponse(responseCode = "404", description = "No such tag.")
    @APIResponse(responseCode = "412", description = "The tag changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        tags.delete(id, ifMatch);
    }
}
