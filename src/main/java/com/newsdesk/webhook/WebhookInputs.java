package com.newsdesk.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the webhooks API. */
public final class WebhookInputs {

    private WebhookInputs() {}

    @Schema(
            name = "NewWebhook",
            examples = "{\"url\": \"https://www.example.com/api/revalidate\","
                    + " \"description\": \"Next.js front end: revalidate changed pages\","
                    + " \"events\": [\"article.*\", \"collection.updated\"], \"sections\": [\"world\"],"
                    + " \"tags\": [], \"enabled\": true}")
    public record NewWebhook(
            @Schema(description = "Where deliveries are POSTed: https, on a public address.")
            @NotBlank
            @Size(max = 2000)
            String url,

            @Schema(nullable = true) @Size(max = 500) String description,

            @Schema(description = "Event types, a kind with .* (article.*), or * for all.", example = "[\"article.*\"]")
            @NotNull
            @Size(min = 1, max = 50)
            List<@NotBlank @Size(max = 100) String> events,

            @Schema(
                    description = "Only events about articles in these sections (slugs); empty for all.",
                    nullable = true)
            @Size(max = 100)
            List<@NotBlank @Size(max = 100) String> sections,

            @Schema(
                    description = "Only events about articles with one of these tags (slugs); empty for all.",
                    nullable = true)
            @Size(max = 100)
            List<@NotBlank @Size(max = 100) String> tags,

            @Schema(
                    description = "Deliver to it (default true). A disabled endpoint gets no new events.",
                    nullable = true)
            Boolean enabled) {}

    @Schema(name = "WebhookRecovery", examples = "{\"since\": \"2026-12-01T00:00:00Z\"}")
    public record Recovery(
            @Schema(description = "Redeliver what failed, and send what was not queued while disabled, since then.")
            @NotNull
            Instant since) {}
}
