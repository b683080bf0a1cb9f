package com.newsdesk.feed;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.http.CacheTags;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything an app's first screen needs, in one response. */
@Schema(
        name = "FrontPage",
        requiredProperties = {"feed", "editorsPicks", "moreNews"})
public record FrontPage(
        @Schema(description = "The top of the feed, with its cursors.")
        FeedPage feed,

        @Schema(description = "The editors-picks collection.")
        List<ArticleSummary> editorsPicks,

        @Schema(description = "The more-news collection.") List<ArticleSummary> moreNews)
        implements CacheTags {

    @Override
    public List<String> surrogateKeys() {
        return java.util.stream.Stream.of(
                        List.of("feed", "collection-editors-picks", "collection-more-news"),
                        feed.surrogateKeys(),
                        CacheTags.of(editorsPicks),
                        CacheTags.of(moreNews))
                .flatMap(List::stream)
                .distinct()
                .toList();
    }
}
