package com.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.article.ArticleParts.AudioView;
import com.newsdesk.article.ArticleParts.Byline;
import com.newsdesk.article.ArticleParts.LeadImageView;
import com.newsdesk.article.ArticleParts.SectionRef;
import com.newsdesk.article.ArticleParts.TagRef;
import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.common.http.CacheTags;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers and staff get of an article. */
public final class ArticleViews {

    private ArticleViews() {}

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
                "hasAudio",
                "live",
                "corrections"
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
            boolean hasAudio,

            @Schema(description = "Live coverage: GET /api/v1/articles/{slug}/entries has its News Feed.")
            boolean live,

            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            @Schema(description = "A live article's latest three key events, newest first; absent otherwise.")
            List<ArticleParts.KeyEvent> keyEvents,

            @Schema(description = "Corrections, clarifications and updates, oldest first; empty for most articles.")
            List<CorrectionViews.Correction> corrections)
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
                "dateline",
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
                "live",
                "liveFrom",
                "liveUntil",
                "metaTitle",
                "metaDescription",
                "canonicalUrl",
                "corrections",
                "translations"
            })
    public record ArticleView(
            String id,
            String slug,
            ArticleStatus status,
            String headline,
            @Schema(nullable = true, example = "Analysis") String kicker,
            @Schema(nullable = true) String standfirst,
            @Schema(nullable = true, example = "KYIV") String dateline,
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

            @Schema(description = "Live coverage: GET /api/v1/articles/{slug}/entries has its News Feed.")
            boolean live,

            @Schema(nullable = true, description = "When live coverage began.")
            Instant liveFrom,

            @Schema(nullable = true, description = "When live coverage ended; null while it runs.")
            Instant liveUntil,

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
            @Schema(nullable = true) String canonicalUrl,

            @Schema(description = "Corrections, clarifications and updates, oldest first.")
            List<CorrectionViews.Correction> corrections,

            @Schema(description = "The same story in other languages, while public.")
            List<ArticleParts.Translation> translations)
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
}
