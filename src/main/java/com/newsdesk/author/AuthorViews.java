package com.newsdesk.author;

import com.newsdesk.media.MediaView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The views of an author. */
public final class AuthorViews {

    private AuthorViews() {}

    @Schema(
            name = "Author",
            requiredProperties = {"slug", "name", "bio", "title", "avatar", "socialLinks"},
            examples = """
                    {"slug": "olena-petrenko", "name": "Olena Petrenko", "title": "Energy correspondent",
                     "bio": "Olena covers power, fuel and the people who keep the lights on.", "avatar": null,
                     "socialLinks": [{"network": "mastodon", "url": "https://mastodon.social/@olena"}]}""")
    public record AuthorView(
            String slug,
            String name,
            @Schema(nullable = true) String bio,

            @Schema(nullable = true, description = "Role shown with the byline.")
            String title,

            @Schema(nullable = true) MediaView avatar,
            List<SocialLink> socialLinks) {

        static AuthorView of(Author author, MediaView avatar) {
            return new AuthorView(author.slug, author.name, author.bio, author.title, avatar, author.socialLinks);
        }
    }

    @Schema(
            name = "AuthorAdmin",
            requiredProperties = {
                "id",
                "slug",
                "name",
                "bio",
                "title",
                "avatarId",
                "socialLinks",
                "createdAt",
                "updatedAt"
            })
    public record AuthorAdminView(
            String id,
            String slug,
            String name,
            @Schema(nullable = true) String bio,
            @Schema(nullable = true) String title,
            @Schema(nullable = true) String avatarId,
            List<SocialLink> socialLinks,
            Instant createdAt,
            Instant updatedAt) {

        static AuthorAdminView of(Author author) {
            return new AuthorAdminView(
                    author.id.toString(),
                    author.slug,
                    author.name,
                    author.bio,
                    author.title,
                    author.avatarId == null ? null : author.avatarId.toString(),
                    author.socialLinks,
                    author.createdAt,
                    author.updatedAt);
        }
    }
}
