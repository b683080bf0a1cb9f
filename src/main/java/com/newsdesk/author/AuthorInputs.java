package com.newsdesk.author;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff authors API. */
public final class AuthorInputs {

    private AuthorInputs() {}

    @Schema(name = "NewAuthor", examples = """
                    {"slug": "olena-petrenko", "name": "Olena Petrenko", "title": "Energy correspondent",
                     "bio": "Olena covers power, fuel and the people who keep the lights on.",
                     "socialLinks": [{"network": "mastodon", "url": "https://mastodon.social/@olena"}]}""")
    public record NewAuthor(
            @NotNull @Size(min = 1, max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
            String slug,

            @NotBlank @Size(max = 200) @OneLine String name,
            @Schema(nullable = true) @Size(max = 5000) String bio,

            @Schema(nullable = true) @Size(max = 200) @OneLine
            String title,

            @Schema(nullable = true, description = "A media item of kind image.")
            UUID avatarId,

            @Schema(nullable = true) @Size(max = 20) List<@NotNull @Valid SocialLink> socialLinks) {}
}
