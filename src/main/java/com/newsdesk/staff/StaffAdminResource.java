package com.newsdesk.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.staff.StaffInputs.NewPassword;
import com.newsdesk.staff.StaffInputs.NewStaff;
import com.newsdesk.staff.StaffInputs.StaffChanges;
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

/** Staff account management. Admins only. */
@Path("/api/v1/admin/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Staff accounts", description = "Roles: admin.")
public class StaffAdminResource {

    static final String ROLES = " Roles: admin.";

    private final StaffService staff;

    StaffAdminResource(StaffService staff) {
        this.staff = staff;
    }

    @GET
    @Operation(
            operationId = "listStaff",
            summary = "List staff accounts",
            description = "Oldest first, by page number." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of accounts.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    public NumberedPage<StaffView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return staff.list(NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createStaff",
            summary = "Create a staff account",
            description = "Passwords have 12 to 256 characters." + ROLES)
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.")
    @APIResponse(responseCode = "409", description = "The email address is taken.")
    public RestResponse<StaffView> create(@NotNull @Valid NewStaff input, @Context UriInfo uri) {
        StaffView created = staff.create(input);
        return RestResponse.ResponseBuilder.<StaffView>created(
                        uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getStaff",
            summary = "Get a staff account",
            description = "Its ETag is what PATCH and DELETE need as If-Match." + ROLES)
    @APIResponse(responseCode = "200", description = "The account.")
    @APIResponse(responseCode = "404", description = "No such account.")
    public StaffView get(@PathParam("id") UUID id) {
        return staff.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateStaff",
            summary = "Change a staff account",
            description =
                    "JSON merge patch: only the fields sent change. Deactivating ends the account's sessions. The last active admin cannot be demoted or deactivated."
                            + ROLES)
    @APIResponse(responseCode = "200", description = "The changed account.")
    @APIResponse(responseCode = "404", description = "No such account.")
    @APIResponse(responseCode = "409", description = "Email taken, or the last admin would be lost.")
    @APIResponse(responseCode = "412", description = "The account changed since your read (If-Match is stale).")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public StaffView update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = StaffChanges.class),
                                            examples =
                                                    @ExampleObject(name = "change-role", value = StaffChanges.EXAMPLE)))
                    JsonNode patch) {
        return staff.patch(id, ifMatch, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteStaff",
            summary = "Delete a staff account",
            description = "The last active admin cannot be deleted." + ROLES)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such account.")
    @APIResponse(responseCode = "409", description = "It is the last active admin.")
    @APIResponse(responseCode = "412", description = "The account changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        staff.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setStaffPassword",
            summary = "Set a staff account's password",
            description = "Every token issued to the account before stops working." + ROLES)
    @APIResponse(responseCode = "204", description = "Password set.")
    @APIResponse(responseCode = "404", description = "No such account.")
    public void setPassword(@PathParam("id") UUID id, @NotNull @Valid NewPassword input) {
        staff.setPassword(id, input.password());
    }
}
