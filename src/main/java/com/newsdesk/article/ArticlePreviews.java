package com.newsdesk.article;

import com.newsdesk.article.ArticleViews.ArticleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An article as readers will see it, before they can: the public view built from its current
 * state whatever its status, for preview links. Related cards still show public articles only.
 */
@ApplicationScoped
public class ArticlePreviews {

    private final ArticleReader reader;
    private final ArticleService articles;
    private final Clock clock;

    ArticlePreviews(ArticleReader reader, ArticleService articles, Clock clock) {
        this.reader = reader;
        this.articles = articles;
        this.clock = clock;
    }

    /** The article's slug, if this caller may preview it (editors: any; contributors: their own drafts). */
    @Transactional
    public String requirePreviewable(UUID id, Caller caller) {
        return articles.get(id, caller).slug();
    }

    /** The public view of the article's current state; empty when it no longer exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArticleView> draft(UUID id) {
        return reader.publicView(ArticleRefs.Key.DRAFT, id, clock.instant(), Set.of(), ArticleFormats.DEFAULT);
    }
}
