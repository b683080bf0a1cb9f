package com.newsdesk.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.collection.CollectionInputs.CollectionChanges;
import com.newsdesk.collection.CollectionInputs.Items;
import com.newsdesk.collection.CollectionInputs.NewCollection;
import com.newsdesk.collection.CollectionViews.CollectionAdminView;
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
import jakarta.ws.rs.PUT;
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

/** Staff side of collections. Editors and admins. */
@Path("/api/v1/admin/collections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.EDITOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Collections (staff)", description = "Roles: editor, admin.")
public class CollectionAdminResource {

    static final String ROLES = " Roles: editor, admin.";

    private final CollectionService collections;

    CollectionAdminResource(CollectionService collections) {
        this.collections = collections;
    }

    @GET
    @Operation(
            operationId = "adminListCollections",
            summary = "List collections (staff)",
            description = "Name order, by page number." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of collections.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    public NumberedPage<CollectionAdminView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return collections.list(NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createCollection",
            summary = "Create a collection",
            description = "Start it empty, then set its items." + ROLES)
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public RestResponse<CollectionAdminView> create(@NotNull @Valid NewCollection input, @Context UriInfo uri) {
        CollectionAdminView created = collections.create(input);
        return RestResponse.ResponseBuilder.<CollectionAdminView>created(
                        uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "adminGetCollection",
            summary = "Get a collection (staff)",
            description = "Its ETag is what PATCH and DELETE need as If-Match." + ROLES)
    @APIResponse(responseCode = "200", description = "The collection.")
    @APIResponse(responseCode = "404", description = "No such collection.")
    public CollectionAdminView get(@PathParam("id") UUID id) {
        return collections.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateCollection",
            summary = "Change a collection",
            description =
                    "JSON merge patch: only the fields sent change; a null description clears it; items change with PUT ./items."
                            + ROLES)
    @APIResponse(responseCode = "200", description = "The changed collection.")
    @APIResponse(responseCode = "404", description = "No such collection.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "412", description = "The collection changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public CollectionAdminView update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = CollectionChanges.class),
                                            examples =
                                                    @ExampleObject(name = "rename", value = CollectionChanges.EXAMPLE)))
                    JsonNode patch) {
        return collections.patch(id, ifMatch, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCollection", summary = "Delete a collection", description = "Roles: editor, admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such collection.")
    @APIResponse(responseCode = "412", description = "The collection changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        collections.delete(id, ifMatch);
    }

    @PUT
    @Path("/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setCollectionItems",
            summary = "Set a collection's items",
            description =
                    "Replaces the items in the order given: add, remove and reorder in one write. Each item may have a time window."
                            + ROLES)
    @APIResponse(responseCode = "200", description = "The collection with its new items.")
    @APIResponse(responseCode = "404", description = "No such collection.")
    @APIResponse(responseCode = "412", description = "The collection changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public CollectionAdminView setItems(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @NotNull @Valid Items input) {
        return collections.setItems(id, ifMatch, input.items());
    }
}
