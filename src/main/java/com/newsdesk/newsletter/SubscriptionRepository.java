package com.newsdesk.newsletter;

import com.newsdesk.common.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Subscribers and their subscriptions, in SQL: sign-ups are upserts that must be correct when the
 * same address arrives twice at once, and fast enough for a newsletter launch.
 */
@ApplicationScoped
public class SubscriptionRepository {

    /** One subscription as the sign-up left it. */
    public record Row(UUID id, UUID newsletterId, String status, Instant confirmationSentAt) {}

    /** A subscription with its reader, for pages a link opens and for mails. */
    public record Held(
            UUID id,
            UUID subscriberId,
            UUID newsletterId,
            String status,
            String email,
            String name,
            Instant confirmedAt) {}

    /** A confirmation link's row, locked. */
    public record Confirmation(UUID subscriberId, List<UUID> subscriptionIds, Instant expiresAt, Instant usedAt) {}

    private final EntityManager db;

    SubscriptionRepository(EntityManager db) {
        this.db = db;
    }

    /** The reader with this address, created if new; a name fills in one not known yet. */
    public UUID upsertSubscriber(EmailAddress email, String name, Instant now) {
        return (UUID) db.createNativeQuery("INSERT INTO subscriber (id, email, email_key, name, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (email_key)"
                        + " DO UPDATE SET name = coalesce(subscriber.name, excluded.name) RETURNING id")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, email.address())
                .setParameter(3, email.key())
                .setParameter(4, name)
                .setParameter(5, now)
                .getSingleResult();
    }

    /**
     * Asks for a subscription to each newsletter: new ones start pending, unsubscribed ones become
     * pending again with fresh consent, pending and confirmed ones stay as they are.
     */
    public List<Row> request(
            UUID subscriberId, Collection<UUID> newsletterIds, String source, String fingerprint, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("INSERT INTO subscription (id, subscriber_id, newsletter_id, status,"
                        + " source, consent_at, consent_fingerprint, created_at, updated_at)"
                        + " SELECT gen_random_uuid(), ?1, n, 'pending', ?2, ?3, ?4, ?3, ?3"
                        + " FROM unnest(CAST(?5 AS uuid[])) n"
                        + " ON CONFLICT (subscriber_id, newsletter_id) DO UPDATE SET"
                        + " status = 'pending', source = excluded.source, consent_at = excluded.consent_at,"
                        + " consent_fingerprint = excluded.consent_fingerprint, unsubscribed_at = NULL,"
                        + " confirmation_sent_at = NULL, updated_at = excluded.updated_at"
                        + " WHERE subscription.status = 'unsubscribed'"
                        + " RETURNING id, newsletter_id, status, confirmation_sent_at")
                .setParameter(1, subscriberId)
                .setParameter(2, source)
                .setParameter(3, now)
                .setParameter(4, fingerprint)
                .setParameter(5, uuidArray(newsletterIds))
                .getResultList();
        List<Row> result = new java.util.ArrayList<>(
                rows.stream().map(SubscriptionRepository::row).toList());
        if (result.size() < newsletterIds.size()) {
            // ON CONFLICT ... WHERE returns nothing for rows it left alone: read those as they are.
            List<UUID> missing = newsletterIds.stream()
                    .filter(id ->
                            result.stream().noneMatch(r -> r.newsletterId().equals(id)))
                    .toList();
            @SuppressWarnings("unchecked")
            List<Object[]> existing = db.createNativeQuery("SELECT id, newsletter_id, status, confirmation_sent_at"
                            + " FROM subscription WHERE subscriber_id = ?1 AND newsletter_id = ANY (CAST(?2 AS uuid[]))"
                            + " FOR UPDATE")
                    .setParameter(1, subscriberId)
                    .setParameter(2, uuidArray(missing))
                    .getResultList();
            existing.stream().map(SubscriptionRepository::row).forEach(result::add);
        }
        return result;
    }

    public void markConfirmationSent(Collection<UUID> subscriptionIds, Instant now) {
        db.createNativeQuery("UPDATE subscription SET confirmation_sent_at = ?1 WHERE id = ANY (CAST(?2 AS uuid[]))")
                .setParameter(1, now)
                .setParameter(2, uuidArray(subscriptionIds))
                .executeUpdate();
    }

    public void insertConfirmation(
            byte[] tokenHash, UUID subscriberId, Collection<UUID> subscriptionIds, Instant now, Instant expires) {
        db.createNativeQuery("INSERT INTO subscription_confirmation (token_hash, subscriber_id, subscription_ids,"
                        + " created_at, expires_at) VALUES (?1, ?2, CAST(?3 AS uuid[]), ?4, ?5)")
                .setParameter(1, tokenHash)
                .setParameter(2, subscriberId)
                .setParameter(3, uuidArray(subscriptionIds))
                .setParameter(4, now)
                .setParameter(5, expires)
                .executeUpdate();
    }

    public Optional<Confirmation> confirmation(byte[] tokenHash, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("SELECT subscriber_id, CAST(subscription_ids AS text), expires_at,"
                        + " used_at FROM subscription_confirmation WHERE token_hash = ?1" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, tokenHash)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Confirmation(
                        (UUID) r[0], parseUuidArray((String) r[1]), SqlValues.instant(r[2]), SqlValues.instant(r[3])));
    }

    public void markUsed(byte[] tokenHash, Instant now) {
        db.createNativeQuery("UPDATE subscription_confirmation SET used_at = ?1 WHERE token_hash = ?2")
                .setParameter(1, now)
                .setParameter(2, tokenHash)
                .executeUpdate();
    }

    /** Confirms those of the subscriptions still pending; returns the ids it confirmed. */
    @SuppressWarnings("unchecked")
    public List<UUID> confirm(Collection<UUID> subscriptionIds, String fingerprint, Instant now) {
        return db.createNativeQuery("UPDATE subscription SET status = 'confirmed', confirmed_at = ?1,"
                        + " confirm_fingerprint = ?2, updated_at = ?1"
                        + " WHERE id = ANY (CAST(?3 AS uuid[])) AND status = 'pending' RETURNING id")
                .setParameter(1, now)
                .setParameter(2, fingerprint)
                .setParameter(3, uuidArray(subscriptionIds))
                .getResultList();
    }

    /** Unsubscribes; true if it was pending or confirmed until now. */
    public boolean unsubscribe(UUID subscriptionId, Instant now) {
        return db.createNativeQuery("UPDATE subscription SET status = 'unsubscribed', unsubscribed_at = ?1,"
                                + " updated_at = ?1 WHERE id = ?2 AND status <> 'unsubscribed'")
                        .setParameter(1, now)
                        .setParameter(2, subscriptionId)
                        .executeUpdate()
                > 0;
    }

    public Optional<Held> find(UUID subscriptionId) {
        return held("sub.id = ?1", subscriptionId).stream().findFirst();
    }

    public List<Held> findAll(Collection<UUID> subscriptionIds) {
        return held("sub.id = ANY (CAST(?1 AS uuid[]))", uuidArray(subscriptionIds));
    }

    public List<Held> ofSubscriber(UUID subscriberId) {
        return held("sub.subscriber_id = ?1", subscriberId);
    }

    /** A reader's address (what mail is sent to) and name. */
    public record Reader(String email, String name) {}

    /** The reader, if the reader still exists. */
    public Optional<Reader> reader(UUID subscriberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("SELECT email, name FROM subscriber WHERE id = ?1")
                .setParameter(1, subscriberId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Reader((String) r[0], (String) r[1]));
    }

    public long countForNewsletter(UUID newsletterId) {
        return ((Number) db.createNativeQuery("SELECT count(*) FROM subscription WHERE newsletter_id = ?1")
                        .setParameter(1, newsletterId)
                        .getSingleResult())
                .longValue();
    }

    private List<Held> held(String condition, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(
                        "SELECT sub.id, sub.subscriber_id, sub.newsletter_id, sub.status, s.email, s.name, sub.confirmed_at"
                                + " FROM subscription sub JOIN subscriber s ON s.id = sub.subscriber_id WHERE "
                                + condition)
                .setParameter(1, parameter)
                .getResultList();
        return rows.stream()
                .map(r -> new Held(
                        (UUID) r[0],
                        (UUID) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        SqlValues.instant(r[6])))
                .toList();
    }

    private static Row row(Object[] r) {
        return new Row((UUID) r[0], (UUID) r[1], (String) r[2], SqlValues.instant(r[3]));
    }

    static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<UUID> parseUuidArray(String text) {
        String inner = text.substring(1, text.length() - 1);
        return inner.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(inner.split(","))
                        .map(UUID::fromString)
                        .toList();
    }
}
