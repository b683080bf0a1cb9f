package com.newsdesk.newsletter;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers get back from the subscription endpoints. */
public final class SubscriptionViews {

    private SubscriptionViews() {}

    @Schema(
            name = "NewsletterRef",
            requiredProperties = {"slug", "name"})
    public record NewsletterRef(String slug, String name) {
        static NewsletterRef of(Newsletter newsletter) {
            return new NewsletterRef(newsletter.slug, newsletter.name);
        }
    }

    @Schema(
            name = "SubscribeAccepted",
            description = "The same bytes whatever the address's state, so the answer reveals nothing about it.",
            requiredProperties = {"message"},
            examples = "{\"message\": \"" + Accepted.MESSAGE + "\"}")
    public record Accepted(String message) {
        static final String MESSAGE = "Thank you! We've sent you a confirmation email."
                + " Please open it and confirm to complete your subscription.";
        static final Accepted INSTANCE = new Accepted(MESSAGE);
    }

    @Schema(
            name = "SubscriptionConfirmed",
            requiredProperties = {"message", "newsletters", "preferencesToken"},
            examples = """
                    {"message": "You're successfully subscribed to Morning Briefing.",
                     "newsletters": [{"slug": "morning-briefing", "name": "Morning Briefing"}],
                     "preferencesToken": "cAGaP2xq..."}""")
    public record Confirmed(
            String message,
            List<NewsletterRef> newsletters,

            @Schema(
                    description =
                            "For GET/PUT /api/v1/subscriptions/preferences, to manage them later; works for 30 days.")
            String preferencesToken) {}

    @Schema(
            name = "ConfirmationLink",
            description = "What a confirmation link is for. Opening it changes nothing.",
            requiredProperties = {"action", "email", "newsletters", "expiresAt", "message"})
    public record ConfirmationLink(
            @Schema(enumeration = {"confirm-subscription"}) String action,

            @Schema(description = "The address, mostly hidden.", example = "r***@example.com")
            String email,

            List<NewsletterRef> newsletters,
            Instant expiresAt,
            String message) {}

    @Schema(
            name = "UnsubscribeLink",
            description = "What an unsubscribe link is for (GET), or what it did (POST).",
            requiredProperties = {"email", "newsletter", "status", "message"})
    public record UnsubscribeLink(
            @Schema(example = "r***@example.com") String email,
            NewsletterRef newsletter,

            @Schema(enumeration = {"pending", "confirmed", "unsubscribed"})
            String status,

            String message) {}

    @Schema(
            name = "NewsletterChoice",
            requiredProperties = {"newsletter", "status"})
    public record Choice(
            NewsletterViews.NewsletterView newsletter,

            @Schema(enumeration = {"none", "pending", "confirmed", "unsubscribed"})
            String status) {}

    @Schema(
            name = "SubscriptionPreferences",
            requiredProperties = {"email", "newsletters"})
    public record PreferencesView(
            @Schema(example = "r***@example.com") String email, List<Choice> newsletters) {}
}
