package com.newsdesk.author;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.json.OneLine;
import com.newsdesk.common.json.Patch;
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
            @Size(max = 5000) String bio,
            @Size(max = 200) @OneLine String title,

            @Schema(description = "A media item of kind image.")
            UUID avatarId,

            @Size(max = 20) List<@NotNull @Valid SocialLink> socialLinks) {}

    @Schema(name = "AuthorPatch", examples = "{\"title\": \"Senior correspondent\", \"avatarId\": null}")
    public static class AuthorPatch extends Patch {
        @Size(min = 1, max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        private String slug;

        @Size(min = 1, max = 200)
        @OneLine
        private String name;

        @Size(max = 5000)
        private String bio;

        @Size(max = 200)
        @OneLine
        private String title;

        private UUID avatarId;

        @Size(max = 20)
        private List<@NotNull @Valid SocialLink> socialLinks;

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = sent("slug", slug);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = sent("name", name);
        }

        public String getBio() {
            return bio;
        }

        public void setBio(String bio) {
            this.bio = sent("bio", bio);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = sent("title", title);
        }

        public UUID getAvatarId() {
            return avatarId;
        }

        public void setAvatarId(UUID avatarId) {
            this.avatarId = sent("avatarId", avatarId);
        }

        public List<SocialLink> getSocialLinks() {
            return socialLinks;
        }

        public void setSocialLinks(List<SocialLink> socialLinks) {
            this.socialLinks = sent("socialLinks", socialLinks);
        }
    }
}
