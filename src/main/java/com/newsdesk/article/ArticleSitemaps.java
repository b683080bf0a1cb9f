package com.newsdesk.article;

import com.newsdesk.common.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The public articles that sitemaps list: recent ones for Google News, and the whole archive in
 * pages keyed by id. Each read is one statement, and a page's rows are streamed, not collected.
 */
@ApplicationScoped
public class ArticleSitemaps {

    /** A public article as a sitemap lists it. */
    public record Entry(
            UUID id, String slug, String headline, String language, Instant firstPublishedAt, Instant updatedAt) {}

    private static final String COLUMNS =
            "SELECT a.id, a.slug, a.headline, a.language, coalesce(a.first_published_at, a.published_at), a.updated_at"
                    + " FROM article a WHERE ";

    private final EntityManager db;
    private final Clock clock;

    ArticleSitemaps(EntityManager db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Public articles first published after {@code since}, newest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> firstPublishedSince(Instant since, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(COLUMNS + ArticleFilter.publicSql("a")
                        + " AND a.first_published_at > :since ORDER BY a.first_published_at DESC, a.id DESC LIMIT "
                        + limit)
                .setParameter("now", clock.instant())
                .setParameter("since", since)
                .getResultList();
        return rows.stream().map(ArticleSitemaps::entry).toList();
    }

    /**
     * Hands the public articles after {@code after} (null: from the first) in id order, at most
     * {@code limit}, to {@code each}; answers how many there were.
     */
    @Transactional
    public int page(UUID after, int limit, Consumer<Entry> each) {
        var query = db.createNativeQuery(COLUMNS + ArticleFilter.publicSql("a")
                        + (after == null ? "" : " AND a.id > :after") + " ORDER BY a.id LIMIT " + limit)
                .setParameter("now", clock.instant())
                .setHint("org.hibernate.fetchSize", 1000);
        if (after != null) {
            query.setParameter("after", after);
        }
        int[] count = {0};
        try (var rows = query.getResultStream()) {
            rows.forEach(row -> {
                each.accept(entry((Object[]) row));
                count[0]++;
            });
        }
        return count[0];
    }

    /**
     * Where each page of {@code size} public articles in id order starts: null for the first, then
     * the id of the last article of the page before (never one that no article follows). One scan
     * of the public ids' index.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> pageStarts(int size) {
        @SuppressWarnings("unchecked")
        List<UUID> ends = db.createNativeQuery(
                        "SELECT id FROM (SELECT a.id, row_number() OVER (ORDER BY a.id) AS n"
                                + " FROM article a WHERE " + ArticleFilter.publicSql("a") + ") p WHERE p.n % " + size
                                + " = 0 AND EXISTS (SELECT 1 FROM article b WHERE " + ArticleFilter.publicSql("b")
                                + " AND b.id > p.id) ORDER BY p.id",
                        UUID.class)
                .setParameter("now", clock.instant())
                .getResultList();
        List<UUID> starts = new java.util.ArrayList<>();
        starts.add(null);
        starts.addAll(ends);
        return starts;
    }

    private static Entry entry(Object[] row) {
        return new Entry(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                SqlValues.instant(row[4]),
                SqlValues.instant(row[5]));
    }
}
