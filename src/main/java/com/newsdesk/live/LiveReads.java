package com.newsdesk.live;

import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleQueries;
import com.newsdesk.live.LiveRows.Row;
import com.newsdesk.live.LiveViews.Deleted;
import com.newsdesk.live.LiveViews.EntryView;
import com.newsdesk.live.LiveViews.Meta;
import com.newsdesk.live.LiveViews.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Readers' view of live coverage: the News Feed newest first in keyset pages, and what changed
 * since a cursor, in (transaction, id) order and only as far as the oldest running transaction, so
 * that an entry committed late is held back, then delivered, never skipped.
 */
@ApplicationScoped
public class LiveReads {

    static final int PINNED = 10;

    private final EntityManager db;
    private final LiveRows rows;
    private final ArticleQueries articles;
    private final Clock clock;

    LiveReads(EntityManager db, LiveRows rows, ArticleQueries articles, Clock clock) {
        this.db = db;
        this.rows = rows;
        this.articles = articles;
        this.clock = clock;
    }

    /** The public article with this slug: its id. 404, or 410 for a killed one, otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID publicArticle(String slug) {
        return (UUID) ofArticle(slug, "SELECT 1", java.util.Map.of()).get(0)[0];
    }

    /**
     * The public article with this slug as the first column of each row of {@code rowsSql} (which
     * reads entries of {@code x.article}), in one statement; 404 or 410 when there is none.
     */
    private List<Object[]> ofArticle(String slug, String rowsSql, java.util.Map<String, Object> parameters) {
        var query = db.createNativeQuery("SELECT x.article, r.* FROM (SELECT a.id AS article FROM article a"
                        + " WHERE a.slug = :slug AND " + ArticleFilter.publicSql("a") + ") x"
                        + " LEFT JOIN LATERAL (" + rowsSql + ") r ON TRUE")
                .setParameter("slug", slug)
                .setParameter("now", clock.instant());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        if (found.isEmpty()) {
            throw articles.absent(slug);
        }
        return found;
    }

    private static Object[] entry(Object[] row) {
        return java.util.Arrays.copyOfRange(row, 1, row.length);
    }

    /**
     * A page of the News Feed of the public article with this slug, newest first: one statement,
     * and one more for the pinned entries on the first page (no cursor).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(String slug, String cursor, int limit) {
        Position after = cursor == null || cursor.isEmpty() ? null : Position.parse(cursor);
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (after != null) {
            parameters.put("time", after.time());
            parameters.put("id", after.id());
        }
        List<Object[]> found = ofArticle(
                slug,
                "SELECT p.*, h.head FROM (SELECT " + head("x.article") + ") h LEFT JOIN LATERAL (" + LiveRows.COLUMNS
                        + " WHERE e.article_id = x.article AND e.deleted_at IS NULL"
                        + (after == null ? "" : " AND (e.created_at, e.id) < (:time, :id)")
                        + " ORDER BY e.created_at DESC, e.id DESC LIMIT " + (limit + 1) + ") p ON TRUE",
                parameters);
        UUID article = (UUID) found.get(0)[0];
        Object headText = found.get(0)[14];
        String head = headText == null ? LiveCursor.START.toString() : (String) headText;
        List<EntryView> data = new ArrayList<>();
        for (Object[] row : found) {
            if (row[1] != null) {
                data.add(rows.row(entry(row)).view());
            }
        }
        String next = null;
        if (data.size() > limit) {
            data = data.subList(0, limit);
            EntryView last = data.get(limit - 1);
            next = new Position(last.createdAt(), UUID.fromString(last.id())).toString();
        }
        List<EntryView> pinned = after == null ? pinned(article) : null;
        return new Page(List.copyOf(data), List.of(), new Meta(pinned, next, head, false), article.toString());
    }

    /** The newest entries of an article, at most {@code limit}: one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntryView> latest(UUID article, int limit) {
        return newest(article, false, limit, 0);
    }

    private List<EntryView> pinned(UUID article) {
        return newest(article, true, PINNED, 0);
    }

    /** Entries of an article that are not deleted (the pinned ones only, if asked), newest first. */
    List<EntryView> newest(UUID article, boolean pinnedOnly, int limit, long offset) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = db.createNativeQuery(LiveRows.COLUMNS
                        + " WHERE e.article_id = :article AND e.deleted_at IS NULL"
                        + (pinnedOnly ? " AND e.pinned" : "")
                        + " ORDER BY e.created_at DESC, e.id DESC LIMIT " + limit + " OFFSET " + offset)
                .setParameter("article", article)
                .getResultList();
        return found.stream().map(row -> rows.row(row).view()).toList();
    }

    /**
     * What was added, changed or deleted after {@code since} in the News Feed of the public article
     * with this slug, in the order it happened: one statement.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page since(String slug, LiveCursor from, int limit) {
        List<Object[]> found = ofArticle(
                slug,
                changesSql("x.article", limit),
                java.util.Map.of("tx", Long.toString(from.tx()), "id", from.id()));
        UUID article = (UUID) found.get(0)[0];
        List<Object[]> raw = found.stream()
                .filter(row -> row[1] != null)
                .map(LiveReads::entry)
                .toList();
        Changes changes = settle(raw, from, limit);
        List<EntryView> data = new ArrayList<>();
        List<Deleted> deleted = new ArrayList<>();
        for (Row row : changes.rows()) {
            if (row.deleted()) {
                deleted.add(new Deleted(row.id().toString(), row.deletedAt()));
            } else {
                data.add(row.view());
            }
        }
        return new Page(
                data, deleted, new Meta(null, null, changes.last().toString(), changes.more()), article.toString());
    }

    private static String changesSql(String article, int limit) {
        return LiveRows.COLUMNS + " WHERE e.article_id = " + article
                + " AND (e.tx, e.id) > (CAST(CAST(:tx AS text) AS xid8), :id) ORDER BY e.tx, e.id LIMIT " + (limit + 1);
    }

    /** Settled changes after a cursor, at most {@code limit}; more when more wait (settled or not). */
    record Changes(List<Row> rows, LiveCursor last, boolean more, boolean unsettled) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    Changes changes(UUID article, LiveCursor from, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = db.createNativeQuery(changesSql(":article", limit))
                .setParameter("article", article)
                .setParameter("tx", Long.toString(from.tx()))
                .setParameter("id", from.id())
                .getResultList();
        return settle(found, from, limit);
    }

    /** The settled prefix of changes read in order, at most {@code limit}. */
    private Changes settle(List<Object[]> found, LiveCursor from, int limit) {
        List<Row> settled = new ArrayList<>();
        boolean unsettled = false;
        for (Object[] raw : found) {
            Row row = rows.row(raw);
            if (!row.settled()) {
                unsettled = true; // this and all after it wait for an older transaction to end
                break;
            }
            if (settled.size() == limit) {
                break;
            }
            settled.add(row);
        }
        LiveCursor last =
                settled.isEmpty() ? from : settled.get(settled.size() - 1).cursor();
        return new Changes(settled, last, found.size() > settled.size(), unsettled);
    }

    /** The newest settled place in an article's changes: where a new reader starts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    LiveCursor head(UUID article) {
        @SuppressWarnings("unchecked")
        List<String> found = db.createNativeQuery("SELECT " + head(":article"), String.class)
                .setParameter("article", article)
                .getResultList();
        return found.isEmpty() || found.get(0) == null ? LiveCursor.START : LiveCursor.parse(found.get(0), "since");
    }

    /** The newest settled place in the changes of {@code article} (an SQL expression), as a column head. */
    private static String head(String article) {
        return "(SELECT CAST(hx.tx AS text) || '-' || hx.id FROM live_entry hx WHERE hx.article_id = " + article
                + " AND hx.tx < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY hx.tx DESC, hx.id DESC LIMIT 1)"
                + " AS head";
    }

    /** A place in the newest-first order of entries: (createdAt, id), opaque to clients. */
    record Position(Instant time, UUID id) {

        static Position parse(String cursor) {
            try {
                String text =
                        new String(Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                return new Position(Instant.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw new com.newsdesk.common.problem.ProblemException.InvalidInput(
                        "cursor", "Must be meta.nextCursor of an earlier page");
            }
        }

        @Override
        public String toString() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((time + "|" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
