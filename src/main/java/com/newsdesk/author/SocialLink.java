package com.newsdesk.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to an author's profile elsewhere. */
@Schema(
        name = "SocialLink",
        requiredProperties = {"network", "url"})
public record SocialLink(
        @Schema(example = "mastodon") @NotBlank @Size(max = 50)
        String network,

        @Schema(example = "https://mastodon.social/@olena")
        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = "^https://[^\\s]+$", message = "Must be an https URL")
        String url) {}
