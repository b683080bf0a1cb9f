package com.newsdesk.cdn;

import com.newsdesk.common.db.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The purge queue's state changes, each a short transaction of its own (none is open while the
 * CDN is called): claim due keys with a lease, forget them once purged, queue them again when the
 * purge failed, and queue the collections whose windows opened or closed.
 */
@ApplicationScoped
class CdnPurges {

    /** Keys claimed together, under one lease. */
    record Claim(List<Long> ids, List<String> keys, Instant until) {}

    private final EntityManager db;

    CdnPurges(EntityManager db) {
        this.db = db;
    }

    Claim claim(Instant now, Instant until, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // A worker stopped while sending these: they go again.
            db.createNativeQuery("WITH gone AS (DELETE FROM cdn_purge WHERE id IN (SELECT id FROM cdn_purge"
                            + " WHERE claimed_until < ?1 FOR UPDATE SKIP LOCKED) RETURNING key)"
                            + " SELECT queue_cdn_purge(ARRAY(SELECT key FROM gone), CAST(?1 AS timestamptz))")
                    .setParameter(1, now)
                    .getResultList();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = db.createNativeQuery(
                            "UPDATE cdn_purge SET claimed_until = ?2, attempts = attempts + 1"
                                    + " WHERE id IN (SELECT id FROM cdn_purge WHERE claimed_until IS NULL AND not_before <= ?1"
                                    + " ORDER BY not_before, id LIMIT ?3 FOR UPDATE SKIP LOCKED) RETURNING id, key")
                    .setParameter(1, now)
                    .setParameter(2, until)
                    .setParameter(3, limit)
                    .getResultList();
            return new Claim(
                    rows.stream().map(r -> ((Number) r[0]).longValue()).toList(),
                    rows.stream().map(r -> (String) r[1]).toList(),
                    until);
        });
    }

    /** The CDN took these keys. */
    void done(Claim claim, List<String> keys) {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery(
                                "DELETE FROM cdn_purge WHERE id = ANY (?1) AND key = ANY (?2) AND claimed_until = ?3")
                        .setParameter(1, claim.ids().toArray(Long[]::new))
                        .setParameter(2, keys.toArray(String[]::new))
                        .setParameter(3, claim.until())
                        .executeUpdate());
    }

    /** The CDN did not take these keys: they wait until {@code retryAt}, merged with any queued since. */
    void retry(Claim claim, List<String> keys, Instant retryAt) {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("WITH gone AS (DELETE FROM cdn_purge WHERE id = ANY (?1)"
                                + " AND key = ANY (?2) AND claimed_until = ?3 RETURNING key)"
                                + " SELECT queue_cdn_purge(ARRAY(SELECT key FROM gone), CAST(?4 AS timestamptz))")
                        .setParameter(1, claim.ids().toArray(Long[]::new))
                        .setParameter(2, keys.toArray(String[]::new))
                        .setParameter(3, claim.until())
                        .setParameter(4, retryAt)
                        .getResultList());
    }

    /**
     * Queues the collections an item of which entered or left its window since the last look, and
     * moves the look to {@code now}; another instance looking at the same time skips.
     */
    void windows(Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object> last = db.createNativeQuery(
                            "SELECT checked_until FROM cdn_window_check FOR UPDATE SKIP LOCKED")
                    .getResultList();
            if (last.isEmpty()) {
                return;
            }
            Instant since = SqlValues.instant(last.get(0));
            if (!now.isAfter(since)) {
                return;
            }
            db.createNativeQuery("SELECT queue_cdn_purge(ARRAY(SELECT 'collection-' || c.slug FROM collection c"
                            + " WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(c.items) AS i"
                            + " WHERE collection_item_time(i -> 'showFrom') > ?1 AND collection_item_time(i -> 'showFrom') <= ?2"
                            + " OR collection_item_time(i -> 'showUntil') > ?1 AND collection_item_time(i -> 'showUntil') <= ?2)),"
                            + " CAST(?2 AS timestamptz))")
                    .setParameter(1, since)
                    .setParameter(2, now)
                    .getResultList();
            db.createNativeQuery("UPDATE cdn_window_check SET checked_until = ?1")
                    .setParameter(1, now)
                    .executeUpdate();
        });
    }

    /** Drops purges older than {@code before}: every cache has let go of those answers by itself. */
    int forget(Instant before) {
        return db.createNativeQuery("DELETE FROM cdn_purge WHERE queued_at < ?1 AND claimed_until IS NULL")
                .setParameter(1, before)
                .executeUpdate();
    }
}
