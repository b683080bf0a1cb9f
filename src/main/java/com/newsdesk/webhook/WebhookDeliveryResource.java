package com.newsdesk.webhook;

import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.staff.StaffRole;
import com.newsdesk.webhook.WebhookInputs.Recovery;
import com.newsdesk.webhook.WebhookViews.DeliveryView;
import com.newsdesk.webhook.WebhookViews.Recovered;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A webhook's delivery log, and redelivery. */
@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhooks")
public class WebhookDeliveryResource {

    private final DeliveryLog log;

    WebhookDeliveryResource(DeliveryLog log) {
        this.log = log;
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "A webhook's delivery log",
            description = "Newest first: each delivery with its webhook-id, status and every attempt (time, HTTP"
                    + " status, latency, the first KB of the answer or the error)." + WebhookAdminResource.ROLE)
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    @APIResponse(responseCode = "404", description = "No such webhook.")
    public NumberedPage<DeliveryView> deliveries(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return log.page(id, NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @ResponseStatus(202)
    @Operation(
            operationId = "retryWebhookDelivery",
            summary = "Redeliver one message",
            description = "Queues it now with the same webhook-id, whatever became of it; the retry schedule"
                    + " starts again." + WebhookAdminResource.ROLE)
    @APIResponse(
            responseCode = "202",
            description = "Queued.",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook or delivery.")
    @APIResponse(responseCode = "409", description = "It is still pending or being sent.")
    public DeliveryView retry(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return log.retry(id, deliveryId);
    }

    @POST
    @Path("/{id}/recover")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(
            operationId = "recoverWebhookDeliveries",
            summary = "Recover what an endpoint missed",
            description = "Queues again every delivery since `since` that failed or was cancelled, and queues"
                    + " the events since then that it wanted while it was disabled; in event order per subject."
                    + WebhookAdminResource.ROLE)
    @APIResponse(
            responseCode = "202",
            description = "How many deliveries were queued.",
            content = @Content(schema = @Schema(implementation = Recovered.class)))
    @APIResponse(responseCode = "400", description = "since is missing or not a date-time.")
    @APIResponse(responseCode = "404", description = "No such webhook.")
    public Recovered recover(@PathParam("id") UUID id, @NotNull @Valid Recovery recovery) {
        return log.recover(id, recovery.since());
    }
}
