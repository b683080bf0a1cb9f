package com.newsdesk.newsletter;

import com.newsdesk.common.db.SqlValues;
import com.newsdesk.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

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
    private final DataSource dataSource;

    SubscriptionRepository(EntityManager db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
    }

    /** What {@code newsletter_sign_up} did (the outcomes are described in its migration). */
    public record SignUp(String outcome, UUID subscriberId, List<UUID> dueNewsletters) {}

    private static final String SIGN_UP = "SELECT outcome, reader, CAST(due_newsletters AS text)"
            + " FROM newsletter_sign_up(?, ?, ?, ?, CAST(? AS uuid[]), CAST(? AS bigint[]), ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?)";

    /**
     * A sign-up and its confirmation mail (rendered for every chosen newsletter) in one statement,
     * in plain JDBC: inside the caller's transaction when there is one (the pool hands out the
     * connection enlisted in it), else committed on its own, which saves the COMMIT's round trip.
     */
    public SignUp signUp(SignUpRequest request) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SIGN_UP)) {
            int i = 0;
            statement.setObject(++i, UUID.randomUUID());
            statement.setString(++i, request.email().address());
            statement.setString(++i, request.email().key());
            statement.setString(++i, request.name());
            statement.setString(
                    ++i,
                    uuidArray(request.newsletters().stream()
                            .map(NewsletterDirectory.Listed::id)
                            .toList()));
            statement.setString(
                    ++i,
                    request.newsletters().stream()
                            .map(n -> Long.toString(n.version()))
                            .collect(Collectors.joining(",", "{", "}")));
            statement.setString(++i, request.source());
            statement.setString(++i, request.fingerprint());
            statement.setObject(++i, utc(request.now()));
            statement.setObject(++i, utc(request.resendAfter()));
            statement.setString(++i, request.mailBucket());
            statement.setInt(++i, request.mailLimit());
            statement.setObject(++i, utc(request.mailWindowStart()));
            statement.setBytes(++i, request.tokenHash());
            statement.setObject(++i, utc(request.expires()));
            statement.setString(++i, request.messageId());
            statement.setString(++i, request.mail().senderName());
            statement.setString(++i, request.mail().subject());
            statement.setString(++i, request.mail().text());
            statement.setString(++i, request.mail().html());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String due = row.getString(3);
                return new SignUp(
                        row.getString(1), row.getObject(2, UUID.class), due == null ? List.of() : parseUuidArray(due));
            }
        } catch (SQLException e) {
            throw new PersistenceException("The sign-up statement failed", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
