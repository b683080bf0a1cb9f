package com.newsdesk.newsletter;

import com.newsdesk.common.http.ClientAddress;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.newsletter.SubscriptionViews.Accepted;
import com.newsdesk.newsletter.SubscriptionViews.ConfirmationLink;
import com.newsdesk.newsletter.SubscriptionViews.Confirmed;
import com.newsdesk.newsletter.SubscriptionViews.PreferencesView;
import com.newsdesk.newsletter.SubscriptionViews.UnsubscribeLink;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;

/** What readers do from the links in our mail: confirm, unsubscribe, choose their newsletters. */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletters")
public class SubscriptionResource {

    private static final String TOKEN = "The token from the link in our email.";

    private final SubscriptionService subscriptions;
    private final ConfirmationService confirmations;
    private final PreferencesService preferences;
    private final ClientAddress clients;

    SubscriptionResource(
            SubscriptionService subscriptions,
            ConfirmationService confirmations,
            PreferencesService preferences,
            ClientAddress clients) {
        this.clients = clients;
        this.subscriptions = subscriptions;
        this.confirmations = confirmations;
        this.preferences = preferences;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(
            operationId = "subscribeMany",
            summary = "Sign up for several newsletters",
            description = "Like POST /newsletters/{slug}/subscriptions, for several newsletters with one"
                    + " confirmation email.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; show the message to the reader.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "A missing or bad email, or an unknown newsletter.")
    @APIResponse(
            responseCode = "429",
            description = "Too many sign-ups from this network; wait as long as Retry-After says.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait."))
    public Accepted subscribe(
            @NotNull @Valid SubscriptionInputs.SubscribeMany input, @Context HttpServerRequest request) {
        return subscriptions.subscribe(input, clients.of(request));
    }

    @GET
    @Path("/confirm")
    @Operation(
            operationId = "inspectConfirmation",
            summary = "What a confirmation link is for",
            description = "The link in the confirmation email. Opening it changes nothing, because mail scanners"
                    + " open links too: it says what would be confirmed; POST confirms.")
    @APIResponse(responseCode = "200", description = "What the link would confirm.")
    @APIResponse(responseCode = "400", description = "Not a token of ours.")
    @APIResponse(responseCode = "410", description = "The link was used already or has expired.")
    public ConfirmationLink inspect(
            @Parameter(description = TOKEN, required = true) @QueryParam("token") String token) {
        return confirmations.inspectConfirmation(token);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "confirmSubscription",
            summary = "Confirm a subscription",
            description = "Uses the token once: the subscriptions become confirmed and a welcome email with"
                    + " one-click unsubscribe goes out.")
    @APIResponse(responseCode = "200", description = "Successfully subscribed.")
    @APIResponse(responseCode = "400", description = "No token, or not a token of ours.")
    @APIResponse(responseCode = "410", description = "The link was used already or has expired.")
    public Confirmed confirm(@NotNull @Valid SubscriptionInputs.Confirm input, @Context HttpServerRequest request) {
        return confirmations.confirm(input.token(), clients.of(request));
    }

    @GET
    @Path("/unsubscribe")
    @Operation(
            operationId = "inspectUnsubscribe",
            summary = "What an unsubscribe link is for",
            description = "The List-Unsubscribe URL of our mail, opened in a browser. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The subscription the link is for.")
    @APIResponse(responseCode = "400", description = "Not a token of ours.")
    @APIResponse(responseCode = "410", description = "The subscription no longer exists.")
    public UnsubscribeLink inspectUnsubscribe(
            @Parameter(description = TOKEN, required = true) @QueryParam("token") String token) {
        return preferences.inspectUnsubscribe(token);
    }

    @POST
    @Path("/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            operationId = "unsubscribe",
            summary = "Unsubscribe (RFC 8058 one-click)",
            description = "What a mailbox provider POSTs to the List-Unsubscribe URL, with the form body"
                    + " List-Unsubscribe=One-Click: no login, no cookie, no redirect. An empty body works too."
                    + " Unsubscribing twice is not an error.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            example = "{\"List-Unsubscribe\": \"One-Click\"}")))
    @APIResponse(responseCode = "200", description = "Unsubscribed.")
    @APIResponse(responseCode = "400", description = "Not a token of ours, or a form other than One-Click.")
    @APIResponse(responseCode = "410", description = "The subscription no longer exists.")
    public UnsubscribeLink unsubscribe(
            @Parameter(description = TOKEN, required = true) @QueryParam("token") String token,
            @RestForm("List-Unsubscribe") String oneClick) {
        if (oneClick != null && !oneClick.equals("One-Click")) {
            throw new ProblemException.InvalidInput("List-Unsubscribe", "Must be One-Click");
        }
        return preferences.unsubscribe(token);
    }

    @GET
    @Path("/preferences")
    @Operation(
            operationId = "getSubscriptionPreferences",
            summary = "A reader's newsletters",
            description = "Every active newsletter and the reader's status in it, for the link in our mail.")
    @APIResponse(responseCode = "200", description = "The reader's newsletters.")
    @APIResponse(responseCode = "400", description = "Not a token of ours.")
    @APIResponse(responseCode = "410", description = "The link has expired, or the reader no longer exists.")
    public PreferencesView preferences(
            @Parameter(description = TOKEN, required = true) @QueryParam("token") String token) {
        return preferences.preferences(token);
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateSubscriptionPreferences",
            summary = "Choose a reader's newsletters",
            description = "The reader gets exactly the newsletters listed: new ones become pending and get a"
                    + " confirmation email (double opt-in), the others are unsubscribed. Links work for 30 days.")
    @APIResponse(responseCode = "200", description = "The reader's newsletters now.")
    @APIResponse(responseCode = "400", description = "Not a token of ours, or an unknown newsletter.")
    @APIResponse(responseCode = "410", description = "The link has expired, or the reader no longer exists.")
    public PreferencesView updatePreferences(
            @Parameter(description = TOKEN, required = true) @QueryParam("token") String token,
            @NotNull @Valid SubscriptionInputs.Preferences input,
            @Context HttpServerRequest request) {
        return preferences.updatePreferences(token, input, clients.of(request));
    }
}
