package com.newsdesk.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The account behind the token. Any staff role. */
@Path("/api/v1/admin/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.CONTRIBUTOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Staff accounts")
public class MeResource {

    private final StaffService staff;
    private final JsonWebToken token;

    MeResource(StaffService staff, JsonWebToken token) {
        this.staff = staff;
        this.token = token;
    }

    @GET
    @Operation(
            operationId = "getMe",
            summary = "Who am I",
            description = "The account the token belongs to. Roles: contributor, editor, admin.")
    @APIResponse(responseCode = "200", description = "Your account.")
    public StaffView me() {
        return staff.get(UUID.fromString(token.getSubject()));
    }
}
