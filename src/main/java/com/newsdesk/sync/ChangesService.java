package com.newsdesk.sync;

import com.newsdesk.article.ArticleQueries;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.db.SqlValues;
import com.newsdesk.common.paging.Cursors;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delta sync for offline apps, from the change log alone: read in (transaction id, id) order and
 * only up to the oldest transaction still running, so a transaction that commits late is held
 * back, then delivered, never skipped. Scheduled articles are in it too: the scheduler writes
 * their row when they go public. Every answer is one page of at most {@code limit} log rows.
 */
@ApplicationScoped
public class ChangesService {

    static final String TOKEN_KIND = "changes";

    private final EntityManager db;
    private final ArticleQueries articles;

    ChangesService(EntityManager db, ArticleQueries articles) {
        this.db = db;
        this.articles = articles;
    }

    private record Token(long tx, long id) {
        static final Token START = new Token(0, 0);

        static Token of(String raw) {
            if (raw == null || raw.isBlank()) {
                return START;
            }
            List<String> keys;
            try {
                keys = Cursors.decode(raw, TOKEN_KIND, 2, "since");
            } catch (ProblemException notCurrent) {
                // Tokens issued before the scheduler existed carry a third key, no longer needed.
                keys = Cursors.decode(raw, TOKEN_KIND, 3, "since");
            }
            try {
                return new Token(Long.parseLong(keys.get(0)), Long.parseLong(keys.get(1)));
            } catch (RuntimeException e) {
                throw Cursors.invalid("since");
            }
        }

        String encode() {
            return Cursors.encode(TOKEN_KIND, String.valueOf(tx), String.valueOf(id));
        }
    }

    @Transactional
    public ChangesPage since(String rawToken, int limit) {
        Token token = Token.of(rawToken);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(
                        "SELECT id, article_id, slug, kind, CAST(tx AS text), at FROM article_change"
                                + " WHERE (tx, id) > (CAST(CAST(?1 AS text) AS xid8), ?2)"
                                + " AND tx < pg_snapshot_xmin(pg_current_snapshot())"
                                + " ORDER BY tx, id LIMIT ?3")
                .setParameter(1, String.valueOf(token.tx()))
                .setParameter(2, token.id())
                .setParameter(3, limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;

        // The latest change per article wins; an upsert shows the article as it is now.
        Map<UUID, Object[]> latest = new LinkedHashMap<>();
        for (Object[] row : page) {
            latest.remove((UUID) row[1]);
            latest.put((UUID) row[1], row);
        }
        List<UUID> upserts = new ArrayList<>();
        List<ChangesPage.Tombstone> tombstones = new ArrayList<>();
        for (Object[] row : latest.values()) {
            if ("upsert".equals(row[3])) {
                upserts.add((UUID) row[1]);
            } else {
                tombstones.add(
                        new ChangesPage.Tombstone(row[1].toString(), (String) row[2], SqlValues.instant(row[5])));
            }
        }
        List<ArticleSummary> data = articles.publicSummaries(upserts); // no longer public: left out
        Token next = page.isEmpty()
                ? token
                : new Token(
                        Long.parseLong((String) page.get(page.size() - 1)[4]),
                        ((Number) page.get(page.size() - 1)[0]).longValue());
        return new ChangesPage(data, tombstones, new ChangesPage.Meta(next.encode(), more, limit));
    }
}
