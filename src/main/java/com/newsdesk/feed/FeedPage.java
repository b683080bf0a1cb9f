package com.newsdesk.feed;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.http.CacheTags;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the news feed. */
@Schema(
        name = "FeedPage",
        requiredProperties = {"data", "meta"})
public record FeedPage(List<ArticleSummary> data, Meta meta) implements CacheTags {

    @Override
    public List<String> surrogateKeys() {
        return CacheTags.of(data);
    }

    @Schema(
            name = "FeedMeta",
            requiredProperties = {"limit", "nextCursor", "headCursor"})
    public record Meta(
            @Schema(example = "20") int limit,

            @Schema(nullable = true, description = "Pass back as ?cursor= for older items; null on the last page.")
            String nextCursor,

            @Schema(
                    nullable = true,
                    description = "The position of this page's newest item: pass it back as ?since= later to get"
                            + " only what was published after it (pull to refresh). Null when the feed is empty.")
            String headCursor) {}
}
