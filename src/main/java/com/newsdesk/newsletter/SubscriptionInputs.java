package com.newsdesk.newsletter;

import com.newsdesk.common.json.OneLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers send when they sign up, confirm and choose their newsletters. */
public final class SubscriptionInputs {

    private SubscriptionInputs() {}

    static final String WEBSITE_DESCRIPTION =
            "Honeypot: leave it out. Hide an input named website from people (not with type=hidden);"
                    + " a bot that fills it in gets the usual answer and nothing happens.";

    @Schema(
            name = "SubscribeRequest",
            examples = "{\"email\": \"reader@example.com\", \"name\": \"Oksana\", \"source\": \"article-footer\"}")
    public record Subscribe(
            @Schema(required = true, description = "The reader's address; trimmed, IDN domains accepted.") @ReaderEmail
            String email,

            @Schema(nullable = true, description = "How to greet the reader.") @Size(max = 200) @OneLine
            String name,

            @Schema(nullable = true, description = "Where the sign-up box was, for your statistics.") @Size(max = 100)
            String source,

            @Schema(nullable = true, description = WEBSITE_DESCRIPTION) @Size(max = 2000)
            String website) {}

    @Schema(
            name = "SubscribeManyRequest",
            examples =
                    "{\"email\": \"reader@example.com\", \"newsletters\": [\"morning-briefing\", \"war-explained\"]}")
    public record SubscribeMany(
            @Schema(required = true) @ReaderEmail String email,

            @Schema(required = true, description = "Slugs of the newsletters.")
            @NotEmpty(message = "Please choose at least one newsletter")
            @Size(max = 20)
            List<@NotBlank String> newsletters,

            @Schema(nullable = true) @Size(max = 200) @OneLine
            String name,

            @Schema(nullable = true) @Size(max = 100) String source,

            @Schema(nullable = true, description = WEBSITE_DESCRIPTION) @Size(max = 2000)
            String website) {}

    @Schema(name = "ConfirmRequest", examples = "{\"token\": \"q3Jx0b7X3yC9m2vYwzq3Jx0b7X3yC9m2vYwzq3Jx0b7\"}")
    public record Confirm(
            @Schema(required = true, description = "The token from the confirmation link.")
            @NotBlank(message = "Please use the link from our email")
            @Size(max = 200)
            String token) {}

    @Schema(name = "PreferencesRequest", examples = "{\"newsletters\": [\"morning-briefing\"]}")
    public record Preferences(
            @Schema(required = true, description = "Slugs of every newsletter the reader wants; the rest stop.")
            @NotNull
            @Size(max = 100)
            List<@NotBlank String> newsletters) {}
}
