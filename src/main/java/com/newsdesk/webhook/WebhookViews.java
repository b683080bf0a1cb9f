package com.newsdesk.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff see of webhooks and their deliveries. */
public final class WebhookViews {

    private WebhookViews() {}

    @Schema(
            name = "Webhook",
            requiredProperties = {"id", "url", "events", "sections", "tags", "enabled", "createdAt", "updatedAt"},
            examples = "{\"id\": \"0193a3c5-7a1e-7c2a-9d41-5be2f7a0c001\","
                    + " \"url\": \"https://www.example.com/api/revalidate\","
                    + " \"description\": \"Next.js front end\", \"events\": [\"article.*\"], \"sections\": [],"
                    + " \"tags\": [], \"enabled\": true, \"disabledReason\": null, \"failingSince\": null,"
                    + " \"previousSecretExpiresAt\": null,"
                    + " \"createdAt\": \"2026-12-03T09:00:00Z\", \"updatedAt\": \"2026-12-03T09:00:00Z\"}")
    public record WebhookView(
            String id,
            String url,
            @Schema(nullable = true) String description,
            List<String> events,
            List<String> sections,
            List<String> tags,
            boolean enabled,

            @Schema(nullable = true, description = "Why Newsdesk disabled it, when it did.")
            String disabledReason,

            @Schema(nullable = true, description = "Since when every attempt has failed.")
            Instant failingSince,

            @Schema(nullable = true, description = "Until when the secret a rotation replaced still signs.")
            Instant previousSecretExpiresAt,

            Instant createdAt,
            Instant updatedAt) {
        static WebhookView of(Webhook w, Instant now) {
            Instant overlap =
                    w.previousSecretUntil != null && w.previousSecretUntil.isAfter(now) ? w.previousSecretUntil : null;
            return new WebhookView(
                    w.id.toString(),
                    w.url,
                    w.description,
                    List.of(w.events),
                    List.of(w.sections),
                    List.of(w.tags),
                    w.enabled,
                    w.disabledReason,
                    w.failingSince,
                    overlap,
                    w.createdAt,
                    w.updatedAt);
        }
    }

    @Schema(
            name = "WebhookSecret",
            requiredProperties = {"webhook", "secret"},
            description = "Shown once: keep the secret where the receiver can verify signatures with it.")
    public record WebhookWithSecret(
            WebhookView webhook,

            @Schema(
                    description = "whsec_ and base64: the key of the HMAC-SHA256 signatures.",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret) {}

    @Schema(
            name = "WebhookAttempt",
            requiredProperties = {"n", "attemptedAt", "latencyMs"})
    public record AttemptView(
            @Schema(description = "1 for the first attempt of the delivery.")
            int n,

            Instant attemptedAt,

            @Schema(nullable = true, description = "The endpoint's HTTP status; null when none came.")
            Integer status,

            @Schema(description = "From the start of the request to the end of the answer.")
            int latencyMs,

            @Schema(nullable = true, description = "The first KB of the answer's body.")
            String response,

            @Schema(nullable = true, description = "What went wrong without an answer.")
            String error) {}

    @Schema(
            name = "WebhookDelivery",
            requiredProperties = {"id", "messageId", "type", "subjectId", "status", "attempts", "createdAt"})
    public record DeliveryView(
            String id,

            @Schema(description = "The webhook-id header: the same at every attempt.")
            String messageId,

            String type,
            String subjectId,

            @Schema(enumeration = {"pending", "sending", "succeeded", "failed", "cancelled"})
            String status,

            @Schema(nullable = true) Instant nextAttemptAt,

            @Schema(nullable = true, description = "A note from Newsdesk, such as why the endpoint was disabled.")
            String note,

            List<AttemptView> attempts,
            Instant createdAt,
            @Schema(nullable = true) Instant finishedAt) {}

    @Schema(
            name = "WebhookRecovered",
            requiredProperties = {"queued"})
    public record Recovered(
            @Schema(description = "Deliveries queued again or for the first time.")
            int queued) {}
}
