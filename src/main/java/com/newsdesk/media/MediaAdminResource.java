package com.newsdesk.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.media.MediaInputs.MediaChanges;
import com.newsdesk.media.MediaInputs.NewMedia;
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

/** Staff side of media items. Editors and admins. */
@Path("/api/v1/admin/media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.EDITOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Media (staff)", description = "Roles: editor, admin.")
public class MediaAdminResource {

    static final String ROLES = " Roles: editor, admin.";

    private final MediaService media;

    MediaAdminResource(MediaService media) {
        this.media = media;
    }

    @GET
    @Operation(
            operationId = "adminListMedia",
            summary = "List media items",
            description = "Newest first, by page number." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of media items.")
    @APIResponse(responseCode = "400", description = "Bad page, limit or kind.")
    public NumberedPage<MediaView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "Only this kind.", schema = @Schema(enumeration = {"image", "audio"}))
                    @QueryParam("kind")
                    String kind) {
        return media.list(NumberedPage.parsePage(page), PageLimit.parse(limit), MediaQueries.kind(kind));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            hidden = true, // documented with the upload (MediaUploadResource): one POST per path in OpenAPI
            operationId = "registerMedia",
            summary = "Register a media item",
            description = "The file stays where its URL points; this records what readers see of it. To keep the"
                    + " file here, upload it (multipart/form-data) instead." + ROLES)
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.")
    public RestResponse<MediaView> create(@NotNull @Valid NewMedia input, @Context UriInfo uri) {
        MediaView created = media.create(input);
        return RestResponse.ResponseBuilder.<MediaView>created(
                        uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "adminGetMedia",
            summary = "Get a media item (staff)",
            description = "Its ETag is what PATCH and DELETE need as If-Match." + ROLES)
    @APIResponse(responseCode = "200", description = "The media item.")
    @APIResponse(responseCode = "404", description = "No such media item.")
    public MediaView get(@PathParam("id") UUID id) {
        return media.staffGet(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateMedia",
            summary = "Change a media item",
            description = "JSON merge patch; null clears alt, caption, credit or source." + ROLES)
    @APIResponse(responseCode = "200", description = "The changed item.")
    @APIResponse(responseCode = "404", description = "No such media item.")
    @APIResponse(responseCode = "412", description = "It changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public MediaView update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = MediaChanges.class),
                                            examples = @ExampleObject(name = "alt-text", value = MediaChanges.EXAMPLE)))
                    JsonNode patch) {
        return media.patch(id, ifMatch, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteMedia",
            summary = "Delete a media item",
            description = "Refused while authors or articles use it." + ROLES)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such media item.")
    @APIResponse(responseCode = "409", description = "Still in use; the problem says by how many.")
    @APIResponse(responseCode = "412", description = "It changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        media.delete(id, ifMatch);
    }
}
