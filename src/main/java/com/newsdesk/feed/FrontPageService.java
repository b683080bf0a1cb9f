package com.newsdesk.feed;

import com.newsdesk.article.ArticleFeed;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.collection.CollectionService;
import com.newsdesk.common.paging.PageLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The front page in three statements: both collections' picks, the feed's first page together
 * with the picked articles, and everything they refer to.
 */
@ApplicationScoped
public class FrontPageService {

    static final String EDITORS_PICKS = "editors-picks";
    static final String MORE_NEWS = "more-news";

    private final ArticleFeed articles;
    private final CollectionService collections;

    FrontPageService(ArticleFeed articles, CollectionService collections) {
        this.articles = articles;
        this.collections = collections;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FrontPage get() {
        Map<String, List<UUID>> picks = collections.shownNow(List.of(EDITORS_PICKS, MORE_NEWS));
        Set<UUID> picked = new LinkedHashSet<>();
        picks.values().forEach(picked::addAll);
        ArticleFeed.Front front = articles.front(picked, PageLimit.DEFAULT);
        FeedPage feed = new FeedPage(
                front.feed().items(),
                new FeedPage.Meta(
                        PageLimit.DEFAULT,
                        front.feed().nextCursor(),
                        front.feed().headCursor()));
        return new FrontPage(feed, summaries(picks.get(EDITORS_PICKS), front), summaries(picks.get(MORE_NEWS), front));
    }

    private static List<ArticleSummary> summaries(List<UUID> ids, ArticleFeed.Front front) {
        return ids == null
                ? List.of()
                : ids.stream().map(front.others()::get).filter(Objects::nonNull).toList();
    }
}
