package com.newsdesk.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The outbox's state changes, each its own short transaction, so that no transaction is open
 * while SMTP talks: claim due messages with a lease, then record one outcome, guarded by that
 * lease ({@code claimed_until}) so that a worker whose claim was taken over records nothing.
 */
@ApplicationScoped
class OutboxClaims {

    private final EntityManager db;
    private final MailConfig config;

    OutboxClaims(EntityManager db, MailConfig config) {
        this.db = db;
        this.config = config;
    }

    /**
     * Turns expired claims into unknown outcomes and claims up to {@code limit} due messages until
     * {@code until}, oldest first. The rows come back detached. Mail past its {@code not_after} is
     * claimed like the rest and skipped by the worker: a sweep of all due mail for expired ones
     * read the whole backlog at every batch, which made a backlog slower to drain the longer it got.
     */
    List<OutboxMessage> claim(Instant now, Instant until, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // The worker holding these died or hung: it may or may not have sent them.
            db.createNativeQuery("UPDATE mail_outbox SET status = 'unknown', claimed_until = NULL,"
                            + " unknown_outcomes = unknown_outcomes + 1,"
                            + " last_error = 'The claim expired while sending: the outcome is unknown.',"
                            + " next_attempt_at = CASE WHEN unknown_outcomes = 0 AND attempts < ?2"
                            + " THEN CAST(?1 AS timestamptz) END,"
                            + " finished_at = CASE WHEN unknown_outcomes = 0 AND attempts < ?2 THEN NULL"
                            + " ELSE CAST(?1 AS timestamptz) END"
                            + " WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'sending'"
                            + " AND claimed_until < ?1 FOR UPDATE SKIP LOCKED)")
                    .setParameter(1, now)
                    .setParameter(2, config.maxAttempts())
                    .executeUpdate();
            @SuppressWarnings("unchecked")
            List<Long> ids = db.createNativeQuery("UPDATE mail_outbox SET status = 'sending', claimed_until = ?2,"
                            + " attempts = attempts + 1, last_attempt_at = ?1, next_attempt_at = NULL"
                            + " WHERE id IN (SELECT id FROM mail_outbox WHERE next_attempt_at <= ?1"
                            + " ORDER BY next_attempt_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED) RETURNING id")
                    .setParameter(1, now)
                    .setParameter(2, until)
                    .setParameter(3, limit)
                    .getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            List<OutboxMessage> claimed = db.createQuery(
                            "FROM OutboxMessage WHERE id IN ?1 ORDER BY id", OutboxMessage.class)
                    .setParameter(1, ids)
                    .getResultList();
            db.clear(); // detached: nothing the worker reads is written back
            return claimed;
        });
    }

    /**
     * Records messages of one claim as sent, in one statement and one commit; returns how many it
     * recorded (fewer when some claims were taken over).
     */
    int sent(List<OutboxMessage> messages, Instant now) {
        if (messages.isEmpty()) {
            return 0;
        }
        Instant claimedUntil = messages.get(0).claimedUntil;
        if (messages.stream().anyMatch(m -> !claimedUntil.equals(m.claimedUntil))) {
            throw new IllegalArgumentException("messages of one claim only");
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> db.createNativeQuery("UPDATE mail_outbox SET status = 'sent', sent_at = ?3,"
                                + " finished_at = ?3, last_error = NULL, next_attempt_at = NULL, claimed_until = NULL"
                                + " WHERE id = ANY (?1) AND status = 'sending' AND claimed_until = ?2")
                        .setParameter(1, messages.stream().map(m -> m.id).toArray(Long[]::new))
                        .setParameter(2, claimedUntil)
                        .setParameter(3, now)
                        .executeUpdate());
    }

    /** A known failure: retried after {@code retryAt}, or failed for good when that is null. */
    boolean failed(OutboxMessage message, Instant now, Instant retryAt, String error) {
        if (retryAt == null) {
            return record(
                    message,
                    "status = 'failed', last_error = ?4, finished_at = ?3, next_attempt_at = NULL",
                    now,
                    error);
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> db.createNativeQuery("UPDATE mail_outbox SET"
                                        + " status = 'queued', last_error = ?3, next_attempt_at = ?4, claimed_until = NULL"
                                        + " WHERE id = ?1 AND status = 'sending' AND claimed_until = ?2")
                                .setParameter(1, message.id)
                                .setParameter(2, message.claimedUntil)
                                .setParameter(3, error)
                                .setParameter(4, retryAt)
                                .executeUpdate()
                        == 1);
    }

    /** An unknown outcome: retried once at {@code retryAt} with the same Message-ID, or not at all (null). */
    boolean unknown(OutboxMessage message, Instant now, Instant retryAt, String error) {
        String set = "status = 'unknown', unknown_outcomes = unknown_outcomes + 1, last_error = ?3, "
                + (retryAt == null ? "next_attempt_at = NULL, finished_at = ?4" : "next_attempt_at = ?4");
        return QuarkusTransaction.requiringNew()
                .call(() -> db.createNativeQuery(
                                        "UPDATE mail_outbox SET " + set
                                                + ", claimed_until = NULL WHERE id = ?1 AND status = 'sending' AND claimed_until = ?2")
                                .setParameter(1, message.id)
                                .setParameter(2, message.claimedUntil)
                                .setParameter(3, error)
                                .setParameter(4, retryAt == null ? now : retryAt)
                                .executeUpdate()
                        == 1);
    }

    /** Not sent, on purpose (expired, or no longer wanted). */
    boolean skipped(OutboxMessage message, Instant now, String reason) {
        return record(
                message, "status = 'skipped', last_error = ?4, finished_at = ?3, next_attempt_at = NULL", now, reason);
    }

    /** Gives back a claimed message that was not tried (its claim ran short, or the worker stops). */
    void release(OutboxMessage message, Instant now) {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE mail_outbox SET status = CASE"
                                + " WHEN unknown_outcomes > 0 THEN 'unknown' ELSE 'queued' END, attempts = attempts - 1,"
                                + " next_attempt_at = ?3, claimed_until = NULL"
                                + " WHERE id = ?1 AND status = 'sending' AND claimed_until = ?2")
                        .setParameter(1, message.id)
                        .setParameter(2, message.claimedUntil)
                        .setParameter(3, now)
                        .executeUpdate());
    }

    private boolean record(OutboxMessage message, String set, Instant now, String error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var update = db.createNativeQuery("UPDATE mail_outbox SET " + set + ", claimed_until = NULL"
                            + " WHERE id = ?1 AND status = 'sending' AND claimed_until = ?2")
                    .setParameter(1, message.id)
                    .setParameter(2, message.claimedUntil)
                    .setParameter(3, now);
            if (error != null) {
                update.setParameter(4, error);
            }
            return update.executeUpdate() == 1;
        });
    }
}
