package com.newsdesk.article;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.paging.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The feed of public articles, newest first, in windows a client pages down and refreshes from
 * the top; and the front page, which is the feed's first window beside an editor's picks.
 */
@ApplicationScoped
public class ArticleFeed {

    private static final String CURSOR_KIND = ArticleQueries.CURSOR_KIND;

    private final ArticleReader reader;
    private final ArticleConfig config;
    private final Clock clock;

    private final SummaryAnswers summaries;

    ArticleFeed(ArticleReader reader, ArticleConfig config, Clock clock, SummaryAnswers summaries) {
        this.summaries = summaries;
        this.reader = reader;
        this.config = config;
        this.clock = clock;
    }

    /** A feed window: a page of summaries with the positions to go further down and to refresh from. */
    public record Window(List<ArticleSummary> items, String nextCursor, String headCursor) {}

    /**
     * One page of the feed, newest first. {@code cursor} continues downwards; {@code since} (a
     * head cursor) keeps only what was published after that position, for pull-to-refresh.
     *
     * <p>The head cursor stays {@code feed-head-margin} behind now: an article gets its
     * publishedAt inside its transaction, which may commit after a newer one was read, or on an
     * instance whose clock is a little behind. So a refresh sends the items of the last few
     * seconds again (clients keep one copy per id) rather than ever skip one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Window window(ArticleFilter filter, String cursor, String since, int limit) {
        Position after = cursor == null ? null : Position.of(cursor, "cursor");
        Position newer = since == null ? null : Position.of(since, "since");
        List<ArticleReader.Listed> rows = reader.publicPage(
                filter,
                after == null ? null : after.time(),
                after == null ? null : after.id(),
                newer == null ? null : newer.time(),
                newer == null ? null : newer.id(),
                limit + 1,
                clock.instant());
        List<Article> page =
                rows.stream().limit(limit).map(ArticleReader.Listed::article).toList();
        String next = rows.size() > limit ? position(page.get(page.size() - 1)) : null;
        return new Window(
                rows.stream().limit(limit).map(ArticleReader.Listed::summary).toList(),
                next,
                head(positions(page), newer, since));
    }

    /** A feed window whose items are their summaries' JSON, as {@link SummaryAnswers} keeps them. */
    public record StoredWindow(List<byte[]> items, List<String> surrogateKeys, String nextCursor, String headCursor) {}

    /** Whether {@link #storedWindow} may be used ({@code newsdesk.articles.stored-answers}). */
    public boolean storesAnswers() {
        return config.storedAnswers();
    }

    /**
     * {@link #window}, with each item the kept JSON of its summary: one statement while every
     * summary on the page is kept and current, three when some have to be built and kept.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StoredWindow storedWindow(ArticleFilter filter, String cursor, String since, int limit) {
        Position after = cursor == null ? null : Position.of(cursor, "cursor");
        Position newer = since == null ? null : Position.of(since, "since");
        List<SummaryAnswers.Item> rows = summaries.page(
                PublicPage.of(
                        filter,
                        after == null ? null : after.time(),
                        after == null ? null : after.id(),
                        newer == null ? null : newer.time(),
                        newer == null ? null : newer.id()),
                limit + 1,
                clock.instant());
        List<SummaryAnswers.Item> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit
                ? position(
                        page.get(page.size() - 1).publishedAt(),
                        page.get(page.size() - 1).id())
                : null;
        List<Position> positions = page.stream()
                .map(item -> new Position(item.publishedAt(), item.id()))
                .toList();
        return new StoredWindow(
                page.stream().map(SummaryAnswers.Item::summary).toList(),
                page.stream()
                        .flatMap(item -> item.surrogateKeys().stream())
                        .distinct()
                        .toList(),
                next,
                head(positions, newer, since));
    }

    /** The top of the feed, and the summaries of the public ones among some other articles. */
    public record Front(Window feed, Map<UUID, ArticleSummary> others) {}

    /**
     * The first page of the unfiltered feed and the public ones of {@code others} (a front page's
     * picks), with their references, in one statement. The union holds the newest articles, so its
     * newest rows are the feed's first page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Front front(Collection<UUID> others, int limit) {
        List<UUID> wanted = others.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(others);
        List<ArticleReader.Listed> rows = reader.listed(
                "SELECT a.*, row_number() OVER (ORDER BY a.published_at DESC, a.id DESC) AS n FROM article a"
                        + " WHERE a.id IN ((SELECT x.id FROM article x WHERE " + ArticleFilter.publicSql("x")
                        // a literal limit: see ArticleReader.publicPage
                        + " ORDER BY x.published_at DESC, x.id DESC LIMIT " + (limit + 1) + ")"
                        + " UNION (SELECT y.id FROM article y WHERE y.id IN (:others) AND "
                        + ArticleFilter.publicSql("y") + "))",
                Map.of("others", wanted));
        List<Article> newest = rows.stream()
                .limit(limit + 1L)
                .map(ArticleReader.Listed::article)
                .toList(); // newest first
        List<Article> page = newest.size() > limit ? newest.subList(0, limit) : newest;
        Map<String, ArticleSummary> byId = rows.stream()
                .collect(Collectors.toMap(listed -> listed.article().id.toString(), ArticleReader.Listed::summary));
        String next = newest.size() > limit ? position(page.get(page.size() - 1)) : null;
        Window feed = new Window(
                page.stream().map(a -> byId.get(a.id.toString())).toList(), next, head(positions(page), null, null));
        Map<UUID, ArticleSummary> picked = new LinkedHashMap<>();
        for (UUID id : others) {
            ArticleSummary summary = byId.get(id.toString());
            if (summary != null) {
                picked.put(id, summary);
            }
        }
        return new Front(feed, picked);
    }

    /** The newest position that no late commit can land before: see {@link #window}. */
    private String head(List<Position> page, Position since, String rawSince) {
        if (page.isEmpty()) {
            return rawSince;
        }
        Instant settled = clock.instant().minus(config.feedHeadMargin());
        for (Position article : page) {
            if (!article.time().isAfter(settled)) {
                return position(article.time(), article.id());
            }
        }
        if (since != null && since.time().isAfter(settled)) {
            return rawSince;
        }
        return Cursors.encode(CURSOR_KIND, settled.toString(), new UUID(0, 0).toString());
    }

    private static String position(Article article) {
        return position(article.publishedAt, article.id);
    }

    private static String position(Instant publishedAt, UUID id) {
        return Cursors.encode(CURSOR_KIND, publishedAt.toString(), id.toString());
    }

    private static List<Position> positions(List<Article> page) {
        return page.stream().map(a -> new Position(a.publishedAt, a.id)).toList();
    }

    /** A place in the newest-first order of public articles. */
    private record Position(Instant time, UUID id) {
        static Position of(String cursor, String field) {
            List<String> keys = Cursors.decode(cursor, CURSOR_KIND, 2, field);
            try {
                return new Position(Instant.parse(keys.get(0)), UUID.fromString(keys.get(1)));
            } catch (RuntimeException e) {
                throw Cursors.invalid(field);
            }
        }
    }
}
