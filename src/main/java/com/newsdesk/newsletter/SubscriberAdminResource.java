package com.newsdesk.newsletter;

import com.newsdesk.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure of a reader, on request (GDPR article 17). Admins only. */
@Path("/api/v1/admin/subscribers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Newsletters (staff)")
public class SubscriberAdminResource {

    private final SubscriberAdminService subscribers;
    private final JsonWebToken token;

    SubscriberAdminResource(SubscriberAdminService subscribers, JsonWebToken token) {
        this.subscribers = subscribers;
        this.token = token;
    }

    @DELETE
    @Operation(
            operationId = "eraseSubscriber",
            summary = "Erase a reader everywhere",
            description = "Deletes the reader, every subscription and consent record, confirmation links, queued"
                    + " and sent mail and rate-limit counters. Only an erasure record stays: when, by whom, how"
                    + " many subscriptions, and a keyed fingerprint of the address. Roles: admin.")
    @APIResponse(responseCode = "204", description = "Erased.")
    @APIResponse(responseCode = "400", description = "Missing or bad email.")
    @APIResponse(responseCode = "404", description = "No reader has this address.")
    public void erase(
            @Parameter(description = "The reader's address, any case.", required = true, example = "reader@example.com")
                    @QueryParam("email")
                    String email) {
        subscribers.erase(email, UUID.fromString(token.getSubject()));
    }
}
