package com.newsdesk.sync;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed since a sync token: articles to store, and tombstones of those to remove. */
@Schema(
        name = "Changes",
        requiredProperties = {"data", "tombstones", "meta"})
public record ChangesPage(List<ArticleSummary> data, List<Tombstone> tombstones, Meta meta) {

    @Schema(
            name = "Tombstone",
            requiredProperties = {"id", "slug", "at"},
            description = "An article that is no longer public.")
    public record Tombstone(String id, String slug, Instant at) {}

    @Schema(
            name = "ChangesMeta",
            requiredProperties = {"nextToken", "hasMore", "limit"})
    public record Meta(
            @Schema(description = "Send as ?since= next time; keep it with the offline copy.")
            String nextToken,

            @Schema(description = "True when more changes wait: ask again right away with nextToken.")
            boolean hasMore,

            int limit) {}
}
