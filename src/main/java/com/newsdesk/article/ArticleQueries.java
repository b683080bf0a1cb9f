package com.newsdesk.article;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.Cursors;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Public reads of articles: only what is public now, as readers' views. The feed with its
 * refresh positions and the front page are {@link ArticleFeed}'s.
 */
@ApplicationScoped
public class ArticleQueries {

    static final String CURSOR_KIND = "article";
    static final Set<String> INCLUDABLE = Set.of("authors", "audio", "related", "tags", "section", "leadImage");

    private final ArticleRepository articles;
    private final ArticleReader reader;
    private final SlugRedirects redirects;
    private final EntityManager db;
    private final Clock clock;
    private final ArticleAnswers answers;

    ArticleQueries(
            ArticleRepository articles,
            ArticleReader reader,
            SlugRedirects redirects,
            EntityManager db,
            Clock clock,
            ArticleAnswers answers) {
        this.answers = answers;
        this.articles = articles;
        this.reader = reader;
        this.redirects = redirects;
        this.db = db;
        this.clock = clock;
    }

    /** Newest first, keyset-paginated on (publishedAt, id): stable while news is published. */
    @Transactional(Transactional.TxType.SUPPORTS)
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
        List<ArticleReader.Listed> rows =
                reader.publicPage(filter, afterTime, afterId, null, null, limit + 1, clock.instant());
        return CursorPage.of(
                rows,
                limit,
                ArticleReader.Listed::summary,
                last -> Cursors.encode(
                        CURSOR_KIND,
                        last.article().publishedAt.toString(),
                        last.article().id.toString()));
    }

    /**
     * The public article with this slug as readers see it: an {@link ArticleView}, or in the
     * default representation the bytes {@link ArticleAnswers} kept of it. {@code trimmed}: the
     * answer is cut down by fields= afterwards, which needs the view.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Object> bySlug(String slug, Set<String> include, Set<ArticleFormats> formats, boolean trimmed) {
        return article(ArticleRefs.Key.SLUG, slug, include, formats, trimmed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Object byId(UUID id, Set<String> include, Set<ArticleFormats> formats, boolean trimmed) {
        return article(ArticleRefs.Key.ID, id, include, formats, trimmed).orElseThrow(() -> absent(id));
    }

    /**
     * Why no public article answers to this slug (its own or an old one): 410 with the notice for
     * a killed article that readers saw, else 404. Only asked on a miss, so public reads keep
     * their statement count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProblemException absent(String slug) {
        return killedUnder(slug).map(ArticleQueries::gone).orElseGet(() -> notFound(slug));
    }

    /** The killed article readers saw under this slug, its own or a former one. */
    Optional<Article> killedUnder(String slug) {
        return articles.findBySlug(slug)
                .map(article -> article.id)
                .or(() -> redirects.articleFor(slug))
                .flatMap(articles::findKilledById);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProblemException absent(UUID id) {
        return articles.findKilledById(id).map(ArticleQueries::gone).orElseGet(() -> notFound(id.toString()));
    }

    private static ProblemException gone(Article killed) {
        return new ProblemException(
                com.newsdesk.common.problem.ProblemType.GONE,
                killed.killNotice != null ? killed.killNotice : "This article has been withdrawn.");
    }

    /** The public article with this id as GET by-id answers it by default, if it is public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Object> publicById(UUID id) {
        return article(ArticleRefs.Key.ID, id, Set.of(), ArticleFormats.DEFAULT, false);
    }

    /**
     * A stored answer costs one statement; building one costs one, and keeping it another. Other
     * representations are built each time, in one statement.
     */
    private Optional<Object> article(
            ArticleRefs.Key key, Object value, Set<String> include, Set<ArticleFormats> formats, boolean trimmed) {
        Instant now = clock.instant();
        if (trimmed || !include.isEmpty() || !formats.equals(ArticleFormats.DEFAULT) || !answers.enabled()) {
            return reader.publicView(key, value, now, include, formats).map(Object.class::cast);
        }
        Optional<ArticleAnswers.Answer> stored = answers.find(key, value, now);
        if (stored.isPresent()) {
            return stored.map(Object.class::cast);
        }
        return reader.publicDefault(key, value, now, answers)
                .map(built -> answers.keep(built.id(), built.view(), built.stamp()));
    }

    /** The current slug of a public article that once had this one. */
    @Transactional(Transactional.TxType.SUPPORTS)
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
    @Transactional(Transactional.TxType.SUPPORTS)
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
    @Transactional(Transactional.TxType.SUPPORTS)
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
