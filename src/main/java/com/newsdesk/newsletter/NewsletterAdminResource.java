package com.newsdesk.newsletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.PageLimit;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.newsletter.NewsletterInputs.NewNewsletter;
import com.newsdesk.newsletter.NewsletterInputs.NewsletterChanges;
import com.newsdesk.newsletter.NewsletterViews.NewsletterAdminView;
import com.newsdesk.newsletter.SubscriberAdminService.SubscriberPage;
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
import jakarta.ws.rs.core.Response;
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

/** Staff side of newsletters and their subscribers. Admins only: subscriber lists are personal data. */
@Path("/api/v1/admin/newsletters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Newsletters (staff)", description = "Roles: admin.")
public class NewsletterAdminResource {

    private static final String ROLE = " Roles: admin.";

    private final NewsletterService newsletters;
    private final SubscriberAdminService subscribers;

    NewsletterAdminResource(NewsletterService newsletters, SubscriberAdminService subscribers) {
        this.newsletters = newsletters;
        this.subscribers = subscribers;
    }

    @GET
    @Operation(
            operationId = "adminListNewsletters",
            summary = "List newsletters (staff)",
            description = "Archived ones too." + ROLE)
    @APIResponse(responseCode = "200", description = "A page of newsletters.")
    @APIResponse(responseCode = "400", description = "Bad page or limit.")
    public NumberedPage<NewsletterAdminView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return newsletters.adminList(NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNewsletter", summary = "Create a newsletter", description = "Roles: admin.")
    @APIResponse(responseCode = "201", description = "Created; Location has its URL.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public RestResponse<NewsletterAdminView> create(@NotNull @Valid NewNewsletter input, @Context UriInfo uri) {
        NewsletterAdminView created = newsletters.create(input);
        return RestResponse.ResponseBuilder.<NewsletterAdminView>created(
                        uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "adminGetNewsletter",
            summary = "Get a newsletter (staff)",
            description = "Its ETag is what PATCH and DELETE need as If-Match." + ROLE)
    @APIResponse(responseCode = "200", description = "The newsletter.")
    @APIResponse(responseCode = "404", description = "No such newsletter.")
    public NewsletterAdminView get(@PathParam("id") UUID id) {
        return newsletters.adminGet(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateNewsletter",
            summary = "Change a newsletter",
            description = "JSON merge patch; {\"status\": \"archived\"} stops sign-ups and hides it." + ROLE)
    @APIResponse(responseCode = "200", description = "The changed newsletter.")
    @APIResponse(responseCode = "404", description = "No such newsletter.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "412", description = "The newsletter changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public NewsletterAdminView update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = NewsletterChanges.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "archive",
                                                            value = NewsletterChanges.EXAMPLE)))
                    JsonNode patch) {
        return newsletters.patch(id, ifMatch, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteNewsletter",
            summary = "Delete a newsletter",
            description = "Only one nobody signed up for; archive the others." + ROLE)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such newsletter.")
    @APIResponse(responseCode = "409", description = "It has subscriptions; archive it instead.")
    @APIResponse(responseCode = "412", description = "The newsletter changed since your read.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of your last read.", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        newsletters.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/subscribers")
    @Operation(
            operationId = "listSubscribers",
            summary = "A newsletter's subscribers",
            description = "Newest first, by page number; meta.counts has the totals per status." + ROLE)
    @APIResponse(responseCode = "200", description = "A page of subscribers.")
    @APIResponse(responseCode = "400", description = "Bad status, page or limit.")
    @APIResponse(responseCode = "404", description = "No such newsletter.")
    public SubscriberPage subscribers(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(enumeration = {"pending", "confirmed", "unsubscribed"})) @QueryParam("status")
                    String status,
            @Parameter(description = "Part of the address, any case.", example = "example.com") @QueryParam("email")
                    String email,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return subscribers.list(id, status(status, null), email, NumberedPage.parsePage(page), PageLimit.parse(limit));
    }

    @GET
    @Path("/{id}/subscribers.csv")
    @Produces("text/csv")
    @Operation(
            operationId = "exportSubscribers",
            summary = "Export subscribers as CSV",
            description = "Streamed: email, name, status, requested_at, confirmed_at, source, unsubscribe_url"
                    + " (give that URL to whatever sends the editions, as List-Unsubscribe). Confirmed ones"
                    + " unless status says otherwise." + ROLE)
    @APIResponse(
            responseCode = "200",
            description = "The CSV.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Bad status.")
    @APIResponse(responseCode = "404", description = "No such newsletter.")
    public Response export(
            @PathParam("id") UUID id,
            @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {"pending", "confirmed", "unsubscribed"},
                                            defaultValue = "confirmed"))
                    @QueryParam("status")
                    String status) {
        return Response.ok(subscribers.export(id, status(status, "confirmed")), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"subscribers-" + id + ".csv\"")
                .build();
    }

    private static String status(String raw, String fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!SubscriberAdminService.STATUSES.contains(raw)) {
            throw new ProblemException.InvalidInput("status", "Must be pending, confirmed or unsubscribed");
        }
        return raw;
    }
}
