package com.newsdesk.article;

import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.media.MediaView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an article refers to (authors, section, tags, media), as its views show it. */
public final class ArticleParts {

    private ArticleParts() {}

    @Schema(
            name = "Byline",
            requiredProperties = {"slug", "name", "title"})
    public record Byline(
            String slug,
            String name,
            @Schema(nullable = true) String title) {
        static Byline of(AuthorView author) {
            return new Byline(author.slug(), author.name(), author.title());
        }
    }

    @Schema(
            name = "SectionRef",
            requiredProperties = {"slug", "name"})
    public record SectionRef(String slug, String name) {}

    @Schema(
            name = "TagRef",
            requiredProperties = {"slug", "name"})
    public record TagRef(String slug, String name) {}

    @Schema(
            name = "LeadImage",
            requiredProperties = {
                "id",
                "url",
                "mimeType",
                "alt",
                "caption",
                "credit",
                "width",
                "height",
                "srcset",
                "crops",
                "placeholder",
                "dominantColor"
            },
            description = "The photo at the top: caption and credit (photographer/agency) apart, so pages can style"
                    + " them; for an uploaded photo, its sizes as srcset strings, its crops, and a placeholder.")
    public record LeadImageView(
            String id,

            @Schema(nullable = true, description = "The largest JPEG; null while an upload's renditions are made.")
            String url,

            @Schema(example = "image/jpeg") String mimeType,
            @Schema(nullable = true) String alt,
            @Schema(nullable = true) String caption,

            @Schema(nullable = true, example = "Iryna Koval/Newsroom Photo")
            String credit,

            @Schema(nullable = true) Integer width,
            @Schema(nullable = true) Integer height,

            @Schema(nullable = true, description = "The width ladder per format, for <img srcset> and <source>.")
            MediaView.Srcset srcset,

            @Schema(description = "The 16:9, 4:3 and 1:1 crops in JPEG and WebP; empty for an image by URL.")
            List<MediaView.CropView> crops,

            @Schema(nullable = true, description = "BlurHash to paint while the image loads.")
            String placeholder,

            @Schema(nullable = true, example = "#6b7d8c") String dominantColor) {}

    @Schema(
            name = "AudioVersion",
            requiredProperties = {"url", "durationSeconds", "aiAssisted", "disclosure"})
    public record AudioView(
            String url,
            @Schema(nullable = true) Integer durationSeconds,
            boolean aiAssisted,

            @Schema(nullable = true, example = "This audio is created with AI assistance")
            String disclosure) {}

    @Schema(
            name = "LeadImageRef",
            requiredProperties = {"mediaId", "caption", "credit"})
    public record LeadImageRef(
            String mediaId,
            @Schema(nullable = true) String caption,
            @Schema(nullable = true) String credit) {}

    @Schema(
            name = "AudioRef",
            requiredProperties = {"mediaId", "aiAssisted", "disclosure"})
    public record AudioRef(
            String mediaId,
            boolean aiAssisted,
            @Schema(nullable = true) String disclosure) {}

    @Schema(
            name = "ArticleTranslation",
            description = "The same story in another language, for hreflang links.",
            requiredProperties = {"language", "slug", "headline", "url"})
    public record Translation(
            @Schema(example = "uk") String language,
            String slug,
            String headline,
            @Schema(description = "On the site's base URL.") String url) {}

    @Schema(
            name = "KeyEvent",
            description = "A key event of live coverage: an entry editors marked as one.",
            requiredProperties = {"id", "headline", "at"})
    public record KeyEvent(String id, String headline, java.time.Instant at) {}
}
