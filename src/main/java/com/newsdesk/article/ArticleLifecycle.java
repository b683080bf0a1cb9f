package com.newsdesk.article;

import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An article's way through its states: publish, schedule, unpublish, archive, delete. Whatever
 * takes a public article offline records why and when, and leaves a tombstone for public sync.
 */
@ApplicationScoped
public class ArticleLifecycle {

    private static final Duration FURTHEST_SCHEDULE = Duration.ofDays(3660);

    private final ArticleRepository articles;
    private final ArticleReader reader;
    private final ArticleWithdrawalRepository withdrawals;
    private final ChangeLog changes;
    private final PublishRules rules;
    private final Preconditions preconditions;
    private final Event<ArticleWentPublic> wentPublic;
    private final Clock clock;
    private final ArticleRevisions revisions;

    ArticleLifecycle(
            ArticleRepository articles,
            ArticleReader reader,
            ArticleWithdrawalRepository withdrawals,
            ChangeLog changes,
            PublishRules rules,
            Preconditions preconditions,
            Event<ArticleWentPublic> wentPublic,
            Clock clock,
            ArticleRevisions revisions) {
        this.revisions = revisions;
        this.articles = articles;
        this.reader = reader;
        this.withdrawals = withdrawals;
        this.changes = changes;
        this.rules = rules;
        this.preconditions = preconditions;
        this.wentPublic = wentPublic;
        this.clock = clock;
    }

    @Transactional
    public ArticleAdminView publish(UUID id) {
        Article article = articles.require(id);
        notKilled(article);
        rules.requireComplete(article);
        Instant now = clock.instant();
        if (!article.isPublicAt(now)) {
            article.publishedAt = now;
        }
        boolean goesPublic = article.status != ArticleStatus.PUBLISHED;
        article.status = ArticleStatus.PUBLISHED;
        if (article.firstPublishedAt == null) {
            article.firstPublishedAt = article.publishedAt;
        }
        articles.flush();
        changes.upsert(article);
        if (goesPublic) {
            wentPublic.fire(new ArticleWentPublic(article.id, article.slug, article.publishedAt));
        }
        return recorded(article, "publish");
    }

    @Transactional
    public ArticleAdminView schedule(UUID id, Instant publishAt) {
        Article article = articles.require(id);
        notKilled(article);
        Instant now = clock.instant();
        if (!publishAt.isAfter(now)) {
            throw new ProblemException.InvalidInput("publishAt", "Must be in the future; publish now instead");
        }
        if (publishAt.isAfter(now.plus(FURTHEST_SCHEDULE))) {
            throw new ProblemException.InvalidInput("publishAt", "Must be within ten years");
        }
        rules.requireComplete(article);
        takeOffline(article, "unpublished", now);
        article.status = ArticleStatus.SCHEDULED;
        article.publishedAt = publishAt;
        articles.flush(); // ScheduledPublisher publishes it, and writes its change, at publishAt
        return recorded(article, "schedule");
    }

    /** Keeps the article for the record but takes it off the public site. */
    @Transactional
    public ArticleAdminView archive(UUID id) {
        Article article = articles.require(id);
        notKilled(article);
        takeOffline(article, "archived", clock.instant());
        article.status = ArticleStatus.ARCHIVED;
        articles.flush();
        return recorded(article, "archive");
    }

    @Transactional
    public ArticleAdminView unpublish(UUID id) {
        Article article = articles.require(id);
        notKilled(article);
        takeOffline(article, "unpublished", clock.instant());
        article.status = ArticleStatus.DRAFT;
        article.publishedAt = null;
        articles.flush();
        return recorded(article, "unpublish");
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Article article = articles.require(id);
        preconditions.requireMatch(ifMatch, reader.adminView(article));
        takeOffline(article, "deleted", clock.instant());
        articles.delete(article);
    }

    /**
     * Withdraws an article for legal or ethical reasons: at once off every public list, feed and
     * search, and 410 with the notice where it was (if readers saw it; 404 otherwise).
     */
    @Transactional
    public ArticleAdminView kill(UUID id, String notice) {
        Article article = articles.require(id);
        notKilled(article);
        Instant now = clock.instant();
        takeOffline(article, "killed", now);
        article.killedFrom = article.status;
        article.status = ArticleStatus.KILLED;
        article.killedAt = now;
        article.killNotice = com.newsdesk.common.Texts.orNull(notice);
        articles.flush();
        return recorded(article, "kill");
    }

    /** Undoes a kill: the article gets back the status it had, public again if it was. */
    @Transactional
    public ArticleAdminView lift(UUID id) {
        Article article = articles.require(id);
        if (article.status != ArticleStatus.KILLED) {
            throw new ProblemException(
                    com.newsdesk.common.problem.ProblemType.UNPROCESSABLE, "Article " + id + " is not killed.");
        }
        article.status = article.killedFrom;
        article.killedFrom = null;
        article.killedAt = null;
        article.killNotice = null;
        articles.flush();
        if (article.isPublicAt(clock.instant())) {
            changes.upsert(article);
        }
        return recorded(article, "lift");
    }

    private static void notKilled(Article article) {
        if (article.status == ArticleStatus.KILLED) {
            throw new ProblemException(
                    com.newsdesk.common.problem.ProblemType.UNPROCESSABLE,
                    "Article " + article.id + " is killed: an admin lifts the kill first.");
        }
    }

    private ArticleAdminView recorded(Article article, String action) {
        ArticleAdminView view = reader.adminView(article);
        revisions.record(view, action);
        return view;
    }

    /**
     * Records the withdrawal of an article that is public now. An embargoed article (scheduled,
     * not yet due) was never public: it leaves no trace in public sync, or its id and slug would
     * leak before its time.
     */
    private void takeOffline(Article article, String reason, Instant now) {
        if (article.isPublicAt(now)) {
            withdrawals.record(article, reason, now);
            changes.tombstone(article);
        }
    }
}
