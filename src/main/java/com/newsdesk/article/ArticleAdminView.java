package com.newsdesk.article;

import com.newsdesk.article.ArticleParts.AudioRef;
import com.newsdesk.article.ArticleParts.Byline;
import com.newsdesk.article.ArticleParts.LeadImageRef;
import com.newsdesk.article.ArticleParts.SectionRef;
import com.newsdesk.article.ArticleParts.TagRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as staff edit it. */
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
            "dateline",
            "editorNote",
            "excerpt",
            "body",
            "authors",
            "section",
            "tags",
            "leadImage",
            "audio",
            "language",
            "translationOf",
            "live",
            "liveFrom",
            "liveUntil",
            "metaTitle",
            "metaDescription",
            "canonicalUrl",
            "wordCount",
            "readingTimeMinutes",
            "publishedAt",
            "createdBy",
            "createdAt",
            "updatedAt",
            "killNotice",
            "killedAt",
            "corrections"
        })
public record ArticleAdminView(
        String id,
        String slug,
        ArticleStatus status,
        String headline,
        @Schema(nullable = true, example = "Analysis") String kicker,
        @Schema(nullable = true) String standfirst,
        @Schema(nullable = true, example = "KYIV") String dateline,

        @Schema(nullable = true, description = "Between editors; never public.")
        String editorNote,

        @Schema(nullable = true, description = "As given; null when derived from the body.")
        String excerpt,

        List<Block> body,
        List<Byline> authors,
        @Schema(nullable = true) SectionRef section,
        List<TagRef> tags,
        @Schema(nullable = true) LeadImageRef leadImage,
        @Schema(nullable = true) AudioRef audio,
        String language,

        @Schema(nullable = true, description = "The id of the article this one translates.")
        String translationOf,

        boolean live,
        @Schema(nullable = true) Instant liveFrom,
        @Schema(nullable = true) Instant liveUntil,

        @Schema(nullable = true) String metaTitle,
        @Schema(nullable = true) String metaDescription,
        @Schema(nullable = true) String canonicalUrl,
        int wordCount,
        int readingTimeMinutes,

        @Schema(nullable = true, description = "When it was or will be public.")
        Instant publishedAt,

        @Schema(nullable = true) String createdBy,
        Instant createdAt,
        Instant updatedAt,

        @Schema(nullable = true, description = "A killed article's public notice.")
        String killNotice,

        @Schema(nullable = true, description = "When it was killed; null unless it is.")
        Instant killedAt,

        @Schema(description = "Every note, oldest first, with those an admin removed from the public view.")
        List<CorrectionViews.Stored> corrections) {}
