package com.newsdesk.article;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.Cursors;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public reads of articles: only what is public now, as readers' views. */
@ApplicationScoped
public class ArticleQueries {

    static final String CURSOR_KIND = "article";
    static final Set<String> INCLUDABLE = Set.of("authors", "audio", "related", "tags", "section", "leadImage");

    private final ArticleRepository articles;
    private final ArticleReader reader;
    private final SlugRedirects redirects;
    private final EntityManager db;
    private final ArticleConfig config;
    private final Clock clock;

    ArticleQueries(
            ArticleRepository articles,
            ArticleReader reader,
            SlugRedirects redirects,
            EntityManager db,
            ArticleConfig config,
            Clock clock) {
        this.articles = articles;
        this.reader = reader;
        this.redirects = redirects;
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    /** Newest first, keyset-paginated on (publishedAt, id): stable while news is published. */
    @Transactional
    public CursorPage<ArticleSummary> page(ArticleFilter filter, String cursor, int limit) {
        Instant afterTime = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> keys = Cursors.decode(cursor, CURSOR_KIND, 2, "cursor");
            try {
                afterTime = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException e) {
                throw Cursors.invalid("cursor");
            }
        }
        List<Article> rows = articles.publicPage(filter, afterTime, afterId, limit + 1, clock.instant());
        List<Article> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<String, ArticleSummary> views =
                reader.summaries(page).stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        return CursorPage.of(
                rows,
                limit,
                article -> views.get(article.id.toString()),
                last -> Cursors.encode(CURSOR_KIND, last.publishedAt.toString(), last.id.toString()));
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
    @Transactional
    public Window window(ArticleFilter filter, String cursor, String since, int limit) {
        Position after = cursor == null ? null : Position.of(cursor, "cursor");
        Position newer = since == null ? null : Position.of(since, "since");
        List<Article> rows = articles.publicPage(
                filter,
                after == null ? null : after.time(),
                after == null ? null : after.id(),
                newer == null ? null : newer.time(),
                newer == null ? null : newer.id(),
                limit + 1,
                clock.instant());
        List<Article> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? position(page.get(page.size() - 1)) : null;
        return new Window(reader.summaries(page), next, head(page, newer, since));
    }

    /** The top of the feed, and the summaries of the public ones among some other articles. */
    public record Front(Window feed, Map<UUID, ArticleSummary> others) {}

    /**
     * The first page of the unfiltered feed and the public ones of {@code others} (a front page's
     * picks) in one statement, and their references in one more. The union holds the newest
     * articles, so its newest rows are the feed's first page.
     */
    @Transactional
    public Front front(java.util.Collection<UUID> others, int limit) {
        Instant now = clock.instant();
        List<UUID> wanted = others.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(others);
        @SuppressWarnings("unchecked")
        List<Article> rows = db.createNativeQuery(
                        "(SELECT * FROM article a WHERE " + ArticleFilter.publicSql("a")
                                + " ORDER BY published_at DESC, id DESC LIMIT :count)"
                                + " UNION ALL (SELECT * FROM article a WHERE a.id IN (:others) AND "
                                + ArticleFilter.publicSql("a") + ")"
                                + " ORDER BY published_at DESC, id DESC",
                        Article.class)
                .setParameter("now", now)
                .setParameter("count", limit + 1)
                .setParameter("others", wanted)
                .getResultList();
        Map<UUID, Article> distinct = new LinkedHashMap<>();
        rows.forEach(article -> distinct.putIfAbsent(article.id, article));
        List<Article> newest = distinct.values().stream().limit(limit + 1L).toList(); // newest first
        List<Article> page = newest.size() > limit ? newest.subList(0, limit) : newest;
        Map<String, ArticleSummary> summaries = reader.summaries(List.copyOf(distinct.values())).stream()
                .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        String next = newest.size() > limit ? position(page.get(page.size() - 1)) : null;
        Window feed = new Window(
                page.stream().map(a -> summaries.get(a.id.toString())).toList(), next, head(page, null, null));
        Map<UUID, ArticleSummary> picked = new LinkedHashMap<>();
        for (UUID id : others) {
            ArticleSummary summary = summaries.get(id.toString());
            if (summary != null) {
                picked.put(id, summary);
            }
        }
        return new Front(feed, picked);
    }

    /** The newest position that no late commit can land before: see {@link #window}. */
    private String head(List<Article> page, Position since, String rawSince) {
        if (page.isEmpty()) {
            return rawSince;
        }
        Instant settled = clock.instant().minus(config.feedHeadMargin());
        for (Article article : page) {
            if (!article.publishedAt.isAfter(settled)) {
                return position(article);
            }
        }
        if (since != null && since.time().isAfter(settled)) {
            return rawSince;
        }
        return Cursors.encode(CURSOR_KIND, settled.toString(), new UUID(0, 0).toString());
    }

    private static String position(Article article) {
        return Cursors.encode(CURSOR_KIND, article.publishedAt.toString(), article.id.toString());
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

    @Transactional
    public Optional<ArticleView> bySlug(String slug, Set<String> include, Set<ArticleFormats> formats) {
        return articles.findPublicBySlug(slug, clock.instant()).map(article -> reader.view(article, include, formats));
    }

    @Transactional
    public ArticleView byId(UUID id, Set<String> include, Set<ArticleFormats> formats) {
        return articles.findPublicById(id, clock.instant())
                .map(article -> reader.view(article, include, formats))
                .orElseThrow(() -> notFound(id.toString()));
    }

    /** The current slug of a public article that once had this one. */
    @Transactional
    public Optional<String> movedTo(String oldSlug) {
        return redirects
                .articleFor(oldSlug)
                .flatMap(id -> articles.findPublicById(id, clock.instant()))
                .map(article -> article.slug);
    }

    /**
     * Explicit related blocks first, then articles sharing the most tags, newest first: the
     * candidates are ranked and read in one statement, so the whole answer costs three.
     */
    @Transactional
    public List<ArticleSummary> related(String slug, int limit) {
        Instant now = clock.instant();
        Article article = articles.findPublicBySlug(slug, now).orElseThrow(() -> notFound(slug));
        @SuppressWarnings("unchecked")
        List<Article> ranked = db.createNativeQuery(
                        "WITH explicit AS (SELECT CAST(e.b ->> 'article' AS uuid) AS id, min(e.n) AS n"
                                + " FROM article self, jsonb_array_elements(self.body) WITH ORDINALITY AS e(b, n)"
                                + " WHERE self.id = :self AND e.b ->> 'type' = 'related' GROUP BY 1),"
                                + " sharing AS (SELECT t.article_id AS id, count(*) AS shared FROM article_tag t"
                                + " WHERE t.tag_id IN (SELECT tag_id FROM article_tag WHERE article_id = :self)"
                                + " GROUP BY t.article_id)"
                                + " SELECT a.* FROM article a LEFT JOIN explicit x ON x.id = a.id"
                                + " LEFT JOIN sharing s ON s.id = a.id"
                                + " WHERE (x.id IS NOT NULL OR s.id IS NOT NULL) AND a.id <> :self"
                                + " AND " + ArticleFilter.publicSql("a")
                                + " ORDER BY x.n NULLS LAST, s.shared DESC NULLS LAST, a.published_at DESC, a.id DESC"
                                + " LIMIT :limit",
                        Article.class)
                .setParameter("self", article.id)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return reader.summaries(ranked);
    }

    /** Summaries of the public ones among these articles, in the order given. */
    @Transactional
    public List<ArticleSummary> publicSummaries(List<UUID> ids) {
        Map<UUID, Article> found = articles.findPublicByIds(new LinkedHashSet<>(ids), clock.instant()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Article> ordered = ids.stream()
                .distinct()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        return reader.summaries(ordered);
    }

    /** What staff see of an article in a list of references: any status. */
    public record ArticleRef(String slug, String headline, String status) {}

    @Transactional
    public Map<UUID, ArticleRef> refs(java.util.Collection<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : articles.list("id in ?1", ids).stream()
                        .collect(
                                Collectors.toMap(a -> a.id, a -> new ArticleRef(a.slug, a.headline, a.status.value())));
    }

    /** The id of an article by slug or id, whatever its status. */
    @Transactional
    public Optional<UUID> resolve(String reference) {
        try {
            return articles.findByIdOptional(UUID.fromString(reference)).map(a -> a.id);
        } catch (IllegalArgumentException notAnId) {
            return articles.findBySlug(reference).map(a -> a.id);
        }
    }

    /** The include= parameter: a comma-separated subset of the includable names. */
    public static Set<String> include(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : raw.split(",")) {
            String trimmed = name.trim();
            if (!INCLUDABLE.contains(trimmed)) {
                throw new ProblemException.InvalidInput(
                        "include",
                        "Must be a comma-separated list of: authors, audio, related, tags, section, leadImage");
            }
            names.add(trimmed);
        }
        return names;
    }

    private static ProblemException notFound(String reference) {
        return new ProblemException.NotFound("There is no published article '" + reference + "'.");
    }
}
