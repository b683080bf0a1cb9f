package com.newsdesk.feed;

import com.newsdesk.article.ArticleQueries;
import com.newsdesk.article.ArticleRepository;
import com.newsdesk.collection.CollectionService;
import com.newsdesk.collection.CollectionViews.CollectionView;
import com.newsdesk.common.paging.PageLimit;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One round trip on app start: the top of the feed, Editors' Picks and More news. */
@Path("/api/v1/front-page")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
public class FrontPageResource {

    private final ArticleQueries articles;
    private final CollectionService collections;

    FrontPageResource(ArticleQueries articles, CollectionService collections) {
        this.articles = articles;
        this.collections = collections;
    }

    @GET
    @Operation(
            operationId = "getFrontPage",
            summary = "Front page",
            description = "The top of the feed, Editors' Picks and More news in one response.")
    @APIResponse(responseCode = "200", description = "The front page.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    public FrontPage get() {
        ArticleQueries.Window top = articles.window(
                new ArticleRepository.PublicFilter(null, null, null, null), null, null, PageLimit.DEFAULT);
        FeedPage feed =
                new FeedPage(top.items(), new FeedPage.Meta(PageLimit.DEFAULT, top.nextCursor(), top.headCursor()));
        return new FrontPage(feed, picks("editors-picks"), picks("more-news"));
    }

    private List<com.newsdesk.article.ArticleViews.ArticleSummary> picks(String slug) {
        return collections.viewIfAny(slug).map(CollectionView::articles).orElse(List.of());
    }
}
