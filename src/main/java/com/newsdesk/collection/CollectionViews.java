package com.newsdesk.collection;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.http.CacheTags;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers and staff get of a collection. */
public final class CollectionViews {

    private CollectionViews() {}

    @Schema(
            name = "Collection",
            description =
                    "A curated list: published articles in the editors' order; expired or not yet due picks are left out.",
            requiredProperties = {"slug", "name", "description", "articles"})
    public record CollectionView(
            String slug,
            String name,
            @Schema(nullable = true) String description,
            List<ArticleSummary> articles) implements CacheTags {

        @Override
        public List<String> surrogateKeys() {
            List<String> keys = new java.util.ArrayList<>(List.of("collection-" + slug));
            keys.addAll(CacheTags.of(articles));
            return keys;
        }
    }

    @Schema(
            name = "CollectionItemAdmin",
            requiredProperties = {"articleId", "slug", "headline", "status", "showFrom", "showUntil"})
    public record ItemView(
            String articleId,

            @Schema(nullable = true, description = "Null when the article was deleted.")
            String slug,

            @Schema(nullable = true) String headline,
            @Schema(nullable = true) String status,
            @Schema(nullable = true) Instant showFrom,
            @Schema(nullable = true) Instant showUntil) {}

    @Schema(
            name = "CollectionAdmin",
            requiredProperties = {"id", "slug", "name", "description", "items", "updatedAt"})
    public record CollectionAdminView(
            String id,
            String slug,
            String name,
            @Schema(nullable = true) String description,
            List<ItemView> items,
            Instant updatedAt) {}
}
