package com.newsdesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.staff.StaffRole;
import com.newsdesk.webhook.WebhookInputs.NewWebhook;
import com.newsdesk.webhook.WebhookViews.WebhookView;
import com.newsdesk.webhook.WebhookViews.WebhookWithSecret;
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

/** Webhook endpoints. Admins only: an endpoint receives every public change it asks for. */
@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Webhooks",
        description = "Signed content events (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature"
                + " v1 HMAC-SHA256 of id.timestamp.body), retried on a schedule, in order per subject. Roles: admin.")
public class WebhookAdminResource {

    static final String ROLE = " Roles: admin.";

    private final WebhookService webhooks;

    WebhookAdminResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks", description = "Oldest first." + ROLE)
    @APIResponse(responseCode = "200", description = "A page of webhooks.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    public NumberedPage<WebhookView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return webhooks.list(NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Register a webhook",
            description = "The answer shows the signing secret, once. The URL must be https on a public address"
                    + " (checked now and at every delivery). Events: article.published, article.updated,"
                    + " article.unpublished, article.deleted, article.scheduled, article.killed, collection.updated,"
                    + " collection.deleted, media.updated, media.deleted, section.updated, section.deleted,"
                    + " tag.updated, tag.deleted, author.updated, author.deleted; article.* or * for several."
                    + ROLE)
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location has its URL.",
            content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    @APIResponse(responseCode = "400", description = "A bad URL (not https, an internal address), event or filter.")
    public RestResponse<WebhookWithSecret> create(@NotNull @Valid NewWebhook input, @Context UriInfo uri) {
        WebhookWithSecret created = webhooks.create(input);
        return RestResponse.ResponseBuilder.<WebhookWithSecret>created(uri.getAbsolutePathBuilder()
                        .path(created.webhook().id())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "Get a webhook",
            description = "Its ETag is what PATCH and DELETE need as If-Match; the secret is never shown again." + ROLE)
    @APIResponse(responseCode = "200", description = "The webhook.")
    @APIResponse(responseCode = "404", description = "No such webhook.")
    public WebhookView get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateWebhook",
            summary = "Change a webhook",
            description = "JSON merge patch. Enabling a webhook Newsdesk disabled clears its failure record;"
                    + " what it missed meanwhile can be recovered." + ROLE)
    @APIResponse(responseCode = "200", description = "The changed webhook.")
    @APIResponse(responseCode = "400", description = "A bad URL, event or filter.")
    @APIResponse(responseCode = "404", description = "No such webhook.")
    @APIResponse(responseCode = "412", description = "The webhook changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public WebhookView update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(ref = "WebhookPatch"),
                                            examples =
                                                    @ExampleObject(
                                                            name = "enable again",
                                                            value = "{\"enabled\": true}")))
                    JsonNode patch) {
        return webhooks.patch(id, ifMatch, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook", description = "With its log." + ROLE)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such webhook.")
    @APIResponse(responseCode = "412", description = "The webhook changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        webhooks.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Rotate a webhook's secret",
            description = "Answers the new secret, once. The old one keeps signing beside it (two signatures in"
                    + " webhook-signature) for NEWSDESK_WEBHOOKS_SECRET_OVERLAP (24 h), so receivers can switch"
                    + " without losing a message." + ROLE)
    @APIResponse(responseCode = "200", description = "The new secret.")
    @APIResponse(responseCode = "404", description = "No such webhook.")
    public WebhookWithSecret rotate(@PathParam("id") UUID id) {
        return webhooks.rotateSecret(id);
    }
}
