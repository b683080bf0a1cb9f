package com.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.common.http.CacheTags;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers and staff get of an article. */
public final class ArticleViews {

    private ArticleViews() {}

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
            requiredProperties = {"id", "url", "mimeType", "alt", "caption", "credit", "width", "height"},
            description =
                    "The photo at the top: caption and credit (photographer/agency) apart, so pages can style them.")
    public record LeadImageView(
            String id,
            String url,
            @Schema(example = "image/jpeg") String mimeType,
            @Schema(nullable = true) String alt,
            @Schema(nullable = true) String caption,

            @Schema(nullable = true, example = "Iryna Koval/Newsroom Photo")
            String credit,

            @Schema(nullable = true) Integer width,
            @Schema(nullable = true) Integer height) {}

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
            name = "ArticleSummary",
            description = "An article in a list: what a card or a feed row shows.",
            requiredProperties = {
                "id",
                "slug",
                "headline",
                "kicker",
                "standfirst",
                "excerpt",
                "publishedAt",
                "updatedAt",
                "readingTimeMinutes",
                "language",
                "section",
                "authors",
                "tags",
                "leadImage",
                "hasAudio"
            })
    public record ArticleSummary(
            String id,
            String slug,
            String headline,
            @Schema(nullable = true, example = "Analysis") String kicker,
            @Schema(nullable = true) String standfirst,
            @Schema(nullable = true) String excerpt,
            Instant publishedAt,
            Instant updatedAt,
            int readingTimeMinutes,
            String language,
            @Schema(nullable = true) SectionRef section,
            List<Byline> authors,
            List<TagRef> tags,
            @Schema(nullable = true) LeadImageView leadImage,
            boolean hasAudio)
            implements CacheTags {

        @Override
        public List<String> surrogateKeys() {
            return List.of("article-" + id);
        }
    }

    @Schema(
            name = "Article",
            description = "A published article, everything a page or app screen renders. The body comes once, as"
                    + " blocks by default; formats= chooses blocks, html and text. include=authors adds bios"
                    + " and avatars (authorProfiles); include=audio adds the audio version.",
            requiredProperties = {
                "id",
                "slug",
                "status",
                "headline",
                "kicker",
                "standfirst",
                "excerpt",
                "publishedAt",
                "updatedAt",
                "readingTimeMinutes",
                "wordCount",
                "language",
                "section",
                "authors",
                "tags",
                "leadImage",
                "hasAudio",
                "metaTitle",
                "metaDescription",
                "canonicalUrl"
            })
    public record ArticleView(
            String id,
            String slug,
            ArticleStatus status,
            String headline,
            @Schema(nullable = true, example = "Analysis") String kicker,
            @Schema(nullable = true) String standfirst,
            @Schema(nullable = true) String excerpt,
            Instant publishedAt,
            Instant updatedAt,
            int readingTimeMinutes,
            int wordCount,
            String language,
            @Schema(nullable = true) SectionRef section,
            List<Byline> authors,

            @Schema(nullable = true, description = "With include=authors: the full author profiles, in byline order.")
            List<AuthorView> authorProfiles,

            List<TagRef> tags,
            @Schema(nullable = true) LeadImageView leadImage,
            boolean hasAudio,

            @Schema(nullable = true, description = "With include=audio.")
            AudioView audio,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The body as blocks: sent by default, and with formats=blocks.")
            List<BlockView> body,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The body as sanitized HTML: with formats=html.")
            String html,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The body as plain text, blocks separated by blank lines: with formats=text.")
            String text,

            @Schema(nullable = true) String metaTitle,
            @Schema(nullable = true) String metaDescription,
            @Schema(nullable = true) String canonicalUrl)
            implements CacheTags {

        @Override
        public List<String> surrogateKeys() {
            return List.of("article-" + id);
        }

        @Override
        public Instant lastModified() {
            return updatedAt;
        }
    }

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
            name = "ArticleAdmin",
            description = "An article as staff edit it: the stored fields and what is derived from them.",
            requiredProperties = {
                "id",
                "slug",
                "status",
                "headline",
                "kicker",
                "standfirst",
                "excerpt",
                "body",
                "authors",
                "section",
                "tags",
                "leadImage",
                "audio",
                "language",
                "metaTitle",
                "metaDescription",
                "canonicalUrl",
                "wordCount",
                "readingTimeMinutes",
                "publishedAt",
                "createdBy",
                "createdAt",
                "updatedAt"
            })
    public record ArticleAdminView(
            String id,
            String slug,
            ArticleStatus status,
            String headline,
            @Schema(nullable = true, example = "Analysis") String kicker,
            @Schema(nullable = true) String standfirst,

            @Schema(nullable = true, description = "As given; null when derived from the body.")
            String excerpt,

            List<Block> body,
            List<Byline> authors,
            @Schema(nullable = true) SectionRef section,
            List<TagRef> tags,
            @Schema(nullable = true) LeadImageRef leadImage,
            @Schema(nullable = true) AudioRef audio,
            String language,
            @Schema(nullable = true) String metaTitle,
            @Schema(nullable = true) String metaDescription,
            @Schema(nullable = true) String canonicalUrl,
            int wordCount,
            int readingTimeMinutes,

            @Schema(nullable = true, description = "When it was or will be public.")
            Instant publishedAt,

            @Schema(nullable = true) String createdBy,
            Instant createdAt,
            Instant updatedAt) {}
}
