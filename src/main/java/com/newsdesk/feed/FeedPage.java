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
                    description = "Pass it back as ?since= later to get what was published after it (pull to"
                            + " refresh). It stays a few seconds behind now (NEWSDESK_ARTICLES_FEED_HEAD_MARGIN), so"
                            + " items that fresh come again on the next refresh: keep one copy per id. That way an"
                            + " article whose publishing commits late is never skipped. Null when the feed is empty.")
            String headCursor) {}
}
