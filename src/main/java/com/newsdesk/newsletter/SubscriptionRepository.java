package com.newsdesk.newsletter;

import com.newsdesk.common.db.SqlValues;
import com.newsdesk.mail.Outbox;
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

    /** What a sign-up asks of {@link #signUp}. */
    public record SignUpRequest(
            EmailAddress email,
            String name,
            List<NewsletterDirectory.Listed> newsletters,
            String source,
            String fingerprint,
            Instant now,
            Instant resendAfter,
            String mailBucket,
            int mailLimit,
            Instant mailWindowStart,
            byte[] tokenHash,
            Instant expires,
            String messageId,
            Outbox.Mail mail) {}

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

    /** What {@code newsletter_sign_up} did (the outcomes are described in its migration). */
    public record SignUp(String outcome, UUID subscriberId, List<UUID> dueNewsletters) {}

    /** A sign-up and its confirmation mail (rendered for every chosen newsletter) in one statement. */
    public SignUp signUp(SignUpRequest request) {
        Object[] row = (Object[]) db.createNativeQuery("SELECT outcome, reader, CAST(due_newsletters AS text)"
                        + " FROM newsletter_sign_up(?1, ?2, ?3, ?4, CAST(?5 AS uuid[]), CAST(?6 AS bigint[]), ?7, ?8,"
                        + " ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, request.email().address())
                .setParameter(3, request.email().key())
                .setParameter(4, request.name())
                .setParameter(
                        5,
                        uuidArray(request.newsletters().stream()
                                .map(NewsletterDirectory.Listed::id)
                                .toList()))
                .setParameter(
                        6,
                        request.newsletters().stream()
                                .map(n -> Long.toString(n.version()))
                                .collect(Collectors.joining(",", "{", "}")))
                .setParameter(7, request.source())
                .setParameter(8, request.fingerprint())
                .setParameter(9, request.now())
                .setParameter(10, request.resendAfter())
                .setParameter(11, request.mailBucket())
                .setParameter(12, request.mailLimit())
                .setParameter(13, request.mailWindowStart())
                .setParameter(14, request.tokenHash())
                .setParameter(15, request.expires())
                .setParameter(16, request.messageId())
                .setParameter(17, request.mail().senderName())
                .setParameter(18, request.mail().subject())
                .setParameter(19, request.mail().text())
                .setParameter(20, request.mail().html())
                .getSingleResult();
        return new SignUp((String) row[0], (UUID) row[1], row[2] == null ? List.of() : parseUuidArray((String) row[2]));
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
