package com.newsdesk.webhook;

import com.newsdesk.common.db.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The delivery queue's state changes, each its own short transaction so that none is open while an
 * endpoint is called: claim due deliveries with a lease (only the oldest unfinished one of each
 * subject and endpoint, which keeps them in event order), then record each attempt, guarded by
 * that lease so that a worker whose claim expired and was taken over records nothing.
 */
@ApplicationScoped
class Deliveries {

    /** One claimed delivery, with what sending it needs. */
    record Claimed(
            UUID id,
            int attempts,
            int roundStart,
            Instant claimedUntil,
            UUID webhookId,
            String url,
            String secret,
            String previousSecret,
            Instant previousSecretUntil,
            long eventSeq,
            UUID eventId,
            String type,
            UUID subjectId,
            String slug,
            Instant occurredAt,
            String data) {}

    /** What one attempt came to. */
    record Attempt(Instant at, Integer status, int latencyMs, String response, String error) {}

    private final EntityManager db;

    Deliveries(EntityManager db) {
        this.db = db;
    }

    /** The webhook-id of an event's deliveries: the same to every endpoint and at every attempt. */
    static String messageId(UUID eventId) {
        return "msg_" + eventId.toString().replace("-", "");
    }

    List<Claimed> claim(Instant now, Instant until, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // The worker holding these stopped: they may or may not have arrived, so they go again.
            db.createNativeQuery("UPDATE webhook_delivery SET status = 'pending', claimed_until = NULL,"
                            + " next_attempt_at = ?1 WHERE id IN (SELECT id FROM webhook_delivery"
                            + " WHERE status = 'sending' AND claimed_until < ?1 FOR UPDATE SKIP LOCKED)")
                    .setParameter(1, now)
                    .executeUpdate();
            @SuppressWarnings("unchecked")
            List<UUID> ids = db.createNativeQuery("UPDATE webhook_delivery SET status = 'sending',"
                            + " claimed_until = ?2, attempts = attempts + 1, next_attempt_at = NULL"
                            + " WHERE id IN (SELECT d.id FROM webhook_delivery d"
                            + " JOIN webhook w ON w.id = d.webhook_id AND w.enabled"
                            + " WHERE d.status = 'pending' AND d.next_attempt_at <= ?1"
                            + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery p WHERE p.webhook_id = d.webhook_id"
                            + " AND p.subject_id = d.subject_id AND p.status IN ('pending', 'sending')"
                            + " AND p.event_seq < d.event_seq)"
                            + " ORDER BY d.next_attempt_at, d.event_seq LIMIT ?3 FOR UPDATE OF d SKIP LOCKED)"
                            + " RETURNING id")
                    .setParameter(1, now)
                    .setParameter(2, until)
                    .setParameter(3, limit)
                    .getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = db.createNativeQuery("SELECT d.id, d.attempts, d.round_start, d.claimed_until,"
                            + " w.id AS webhook_id, w.url, w.secret, w.previous_secret, w.previous_secret_until,"
                            + " e.seq, e.id AS event_id, e.type, e.subject_id, e.slug, e.occurred_at, e.data::text"
                            + " FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id"
                            + " JOIN content_event e ON e.seq = d.event_seq WHERE d.id = ANY (?1) ORDER BY e.seq")
                    .setParameter(1, ids.toArray(UUID[]::new))
                    .getResultList();
            return rows.stream()
                    .map(r -> new Claimed(
                            (UUID) r[0],
                            ((Number) r[1]).intValue(),
                            ((Number) r[2]).intValue(),
                            SqlValues.instant(r[3]),
                            (UUID) r[4],
                            (String) r[5],
                            (String) r[6],
                            (String) r[7],
                            SqlValues.instant(r[8]),
                            ((Number) r[9]).longValue(),
                            (UUID) r[10],
                            (String) r[11],
                            (UUID) r[12],
                            (String) r[13],
                            SqlValues.instant(r[14]),
                            (String) r[15]))
                    .toList();
        });
    }

    /** Stores an event's data once; whoever stored it first wins, and everyone sends that. */
    String keepData(long eventSeq, String json) {
        return QuarkusTransaction.requiringNew().call(() -> {
            db.createNativeQuery("UPDATE content_event SET data = CAST(?2 AS json) WHERE seq = ?1 AND data IS NULL")
                    .setParameter(1, eventSeq)
                    .setParameter(2, json)
                    .executeUpdate();
            return (String) db.createNativeQuery("SELECT data::text FROM content_event WHERE seq = ?1")
                    .setParameter(1, eventSeq)
                    .getSingleResult();
        });
    }

    /** The endpoint took it: done, and the endpoint is healthy again. */
    void succeeded(Claimed delivery, Attempt attempt) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (finish(delivery, "status = 'succeeded', finished_at = ?3", attempt.at())) {
                log(delivery, attempt);
                db.createNativeQuery(
                                "UPDATE webhook SET failing_since = NULL WHERE id = ?1 AND failing_since IS NOT NULL")
                        .setParameter(1, delivery.webhookId())
                        .executeUpdate();
            }
        });
    }

    /**
     * The attempt failed: the delivery waits until {@code retryAt}, or fails for good when that is
     * null; when {@code disable} says why, the endpoint is disabled and its queue cancelled.
     */
    void failed(Claimed delivery, Attempt attempt, Instant retryAt, Instant disableBefore, String goneReason) {
        QuarkusTransaction.requiringNew().run(() -> {
            boolean recorded = retryAt == null
                    ? finish(delivery, "status = 'failed', finished_at = ?3", attempt.at())
                    : finish(delivery, "status = 'pending', next_attempt_at = ?3", retryAt);
            if (!recorded) {
                return;
            }
            log(delivery, attempt);
            Instant failingSince = SqlValues.instant(db.createNativeQuery("UPDATE webhook"
                            + " SET failing_since = coalesce(failing_since, ?2) WHERE id = ?1 RETURNING failing_since")
                    .setParameter(1, delivery.webhookId())
                    .setParameter(2, attempt.at())
                    .getSingleResult());
            String reason = goneReason != null
                    ? goneReason
                    : failingSince.isBefore(disableBefore)
                            ? "Disabled by Newsdesk: every attempt since " + failingSince + " failed."
                            : null;
            if (reason != null) {
                disable(delivery, reason);
            }
        });
    }

    /** Gives back claimed deliveries that were not tried (the worker is stopping). */
    void release(Claimed delivery, Instant now) {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery(
                                "UPDATE webhook_delivery SET status = 'pending', attempts = attempts - 1,"
                                        + " next_attempt_at = ?3, claimed_until = NULL"
                                        + " WHERE id = ?1 AND status = 'sending' AND claimed_until = ?2")
                        .setParameter(1, delivery.id())
                        .setParameter(2, delivery.claimedUntil())
                        .setParameter(3, now)
                        .executeUpdate());
    }

    private void disable(Claimed delivery, String reason) {
        db.createNativeQuery("UPDATE webhook SET enabled = false, disabled_reason = ?2, version = version + 1,"
                        + " updated_at = now() WHERE id = ?1 AND enabled")
                .setParameter(1, delivery.webhookId())
                .setParameter(2, reason)
                .executeUpdate();
        db.createNativeQuery("UPDATE webhook_delivery SET note = ?2 WHERE id = ?1")
                .setParameter(1, delivery.id())
                .setParameter(2, reason)
                .executeUpdate();
        db.createNativeQuery("UPDATE webhook_delivery SET status = 'cancelled', next_attempt_at = NULL,"
                        + " finished_at = now(), note = ?2 WHERE webhook_id = ?1 AND status = 'pending'")
                .setParameter(1, delivery.webhookId())
                .setParameter(2, "Cancelled: the endpoint was disabled. " + reason)
                .executeUpdate();
    }

    /** Applies {@code set} (whose ?3 is {@code at}) if this worker's claim still holds. */
    private boolean finish(Claimed delivery, String set, Instant at) {
        return db.createNativeQuery("UPDATE webhook_delivery SET " + set + ", claimed_until = NULL"
                                + " WHERE id = ?1 AND status = 'sending' AND claimed_until = ?2")
                        .setParameter(1, delivery.id())
                        .setParameter(2, delivery.claimedUntil())
                        .setParameter(3, at)
                        .executeUpdate()
                == 1;
    }

    private void log(Claimed delivery, Attempt attempt) {
        db.createNativeQuery("INSERT INTO webhook_attempt (delivery_id, n, attempted_at, response_status,"
                        + " latency_ms, response, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, delivery.id())
                .setParameter(2, delivery.attempts())
                .setParameter(3, attempt.at())
                .setParameter(4, attempt.status())
                .setParameter(5, attempt.latencyMs())
                .setParameter(6, attempt.response())
                .setParameter(7, attempt.error())
                .executeUpdate();
    }
}
