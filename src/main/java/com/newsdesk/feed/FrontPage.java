package com.newsdesk.feed;

import com.newsdesk.article.ArticleViews.ArticleSummary;
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

        @Schema(description = "The more-news collection.") List<ArticleSummary> moreNews) {}
