package com.newsdesk.newsletter;

import com.newsdesk.common.http.ClientAddress;
import com.newsdesk.newsletter.NewsletterViews.NewsletterList;
import com.newsdesk.newsletter.NewsletterViews.NewsletterView;
import com.newsdesk.newsletter.SubscriptionViews.Accepted;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Public side of newsletters: what there is to sign up for, and the sign-up box itself. */
@Path("/api/v1/newsletters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletters", description = "Newsletters and double opt-in sign-up.")
public class NewsletterResource {

    private final NewsletterService newsletters;
    private final SubscriptionService subscriptions;
    private final ClientAddress clients;

    NewsletterResource(NewsletterService newsletters, SubscriptionService subscriptions, ClientAddress clients) {
        this.clients = clients;
        this.newsletters = newsletters;
        this.subscriptions = subscriptions;
    }

    @GET
    @Operation(
            operationId = "listNewsletters",
            summary = "List newsletters",
            description = "Active ones, in display order.")
    @APIResponse(responseCode = "200", description = "The newsletters.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    public NewsletterList list() {
        return newsletters.listActive();
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getNewsletter", summary = "Get a newsletter by slug")
    @APIResponse(responseCode = "200", description = "The newsletter.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "404", description = "No active newsletter has this slug.")
    public NewsletterView get(@Parameter(example = "morning-briefing") @PathParam("slug") String slug) {
        return newsletters.getActive(slug);
    }

    @POST
    @Path("/{slug}/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(
            operationId = "subscribe",
            summary = "Sign up for a newsletter",
            description = "Double opt-in: the reader gets an email with a confirmation link and is subscribed only"
                    + " once it is used. The answer is the same, byte for byte, whether the address was new,"
                    + " pending, confirmed or unsubscribed, so it reveals nothing about anyone. A repeat while"
                    + " pending re-sends the confirmation at most once per 10 minutes; a confirmed reader gets no"
                    + " mail. Limits: 10 requests a minute per client network (429), 3 mails an hour per address"
                    + " (past it the mail is skipped and the answer is the same 202).")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; show the message to the reader.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(
            responseCode = "400",
            description = "A missing or bad email: errors[].message can be shown as it is (\"Please enter a correct"
                    + " email address\").")
    @APIResponse(responseCode = "404", description = "No active newsletter has this slug.")
    @APIResponse(
            responseCode = "429",
            description = "Too many sign-ups from this network; wait as long as Retry-After says.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait."))
    public Accepted subscribe(
            @Parameter(example = "morning-briefing") @PathParam("slug") String slug,
            @NotNull @Valid SubscriptionInputs.Subscribe input,
            @Context HttpServerRequest request) {
        return subscriptions.subscribe(slug, input, clients.of(request));
    }
}
