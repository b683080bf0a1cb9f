package com.newsdesk.newsletter;

import com.newsdesk.common.db.SqlValues;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.ratelimit.RateLimiter;
import com.newsdesk.newsletter.NewsletterViews.Counts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff view of subscribers: lists, counts, a streamed export, and erasure. */
@ApplicationScoped
public class SubscriberAdminService {

    public static final List<String> STATUSES = List.of("pending", "confirmed", "unsubscribed");

    @Schema(
            name = "Subscriber",
            requiredProperties = {"email", "name", "status", "requestedAt", "confirmedAt", "unsubscribedAt", "source"})
    public record SubscriberRow(
            String email,
            @Schema(nullable = true) String name,

            @Schema(enumeration = {"pending", "confirmed", "unsubscribed"})
            String status,

            @Schema(description = "When the reader last asked for it (consent).")
            Instant requestedAt,

            @Schema(nullable = true) Instant confirmedAt,
            @Schema(nullable = true) Instant unsubscribedAt,
            @Schema(nullable = true) String source) {}

    @Schema(
            name = "SubscriberPageMeta",
            requiredProperties = {"page", "limit", "total", "counts"})
    public record Meta(int page, int limit, long total, Counts counts) {}

    @Schema(
            name = "SubscriberPage",
            requiredProperties = {"data", "meta"})
    public record SubscriberPage(List<SubscriberRow> data, Meta meta) {}

    private final EntityManager db;
    private final DataSource dataSource;
    private final NewsletterService newsletters;
    private final SubscriptionMails mails;
    private final SubscriberKeys keys;
    private final RateLimiter limits;
    private final Clock clock;

    SubscriberAdminService(
            EntityManager db,
            DataSource dataSource,
            NewsletterService newsletters,
            SubscriptionMails mails,
            SubscriberKeys keys,
            RateLimiter limits,
            Clock clock) {
        this.db = db;
        this.dataSource = dataSource;
        this.newsletters = newsletters;
        this.mails = mails;
        this.keys = keys;
        this.limits = limits;
        this.clock = clock;
    }

    /** One newsletter's subscribers, newest first, by page number, with counts per status. */
    @Transactional
    public SubscriberPage list(UUID newsletterId, String status, String emailContains, int page, int limit) {
        newsletters.find(newsletterId);
        StringBuilder where = new StringBuilder(" WHERE sub.newsletter_id = :newsletter");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("newsletter", newsletterId));
        if (status != null) {
            where.append(" AND sub.status = :status");
            parameters.put("status", status);
        }
        if (emailContains != null && !emailContains.isBlank()) {
            where.append(" AND s.email_key LIKE :email ESCAPE '\\'");
            parameters.put("email", "%" + likeEscape(emailContains.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        String from = " FROM subscription sub JOIN subscriber s ON s.id = sub.subscriber_id";
        var select = db.createNativeQuery("SELECT s.email, s.name, sub.status, sub.consent_at, sub.confirmed_at,"
                + " sub.unsubscribed_at, sub.source" + from + where
                + " ORDER BY sub.created_at DESC, sub.id DESC LIMIT :limit OFFSET :offset");
        var count = db.createNativeQuery("SELECT count(*)" + from + where);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("limit", limit).setParameter("offset", (long) (page - 1) * limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<SubscriberRow> data = rows.stream()
                .map(r -> new SubscriberRow(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        SqlValues.instant(r[3]),
                        SqlValues.instant(r[4]),
                        SqlValues.instant(r[5]),
                        (String) r[6]))
                .toList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new SubscriberPage(data, new Meta(page, limit, total, counts(newsletterId)));
    }

    private Counts counts(UUID newsletterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(
                        "SELECT status, count(*) FROM subscription WHERE newsletter_id = ?1 GROUP BY status")
                .setParameter(1, newsletterId)
                .getResultList();
        Map<String, Long> byStatus = new java.util.HashMap<>();
        rows.forEach(r -> byStatus.put((String) r[0], ((Number) r[1]).longValue()));
        return new Counts(
                byStatus.getOrDefault("pending", 0L),
                byStatus.getOrDefault("confirmed", 0L),
                byStatus.getOrDefault("unsubscribed", 0L));
    }

    /**
     * A CSV of one newsletter's subscribers in the given status, streamed from a database cursor
     * as it is written, so a list of any length never sits in memory. Each row carries the
     * subscription's one-click unsubscribe URL for whatever sends the editions.
     */
    @Transactional
    public StreamingOutput export(UUID newsletterId, String status) {
        newsletters.find(newsletterId);
        return output -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
                try (PreparedStatement statement = connection.prepareStatement("SELECT s.email, s.name, sub.status,"
                        + " sub.consent_at, sub.confirmed_at, sub.source, sub.id FROM subscription sub"
                        + " JOIN subscriber s ON s.id = sub.subscriber_id"
                        + " WHERE sub.newsletter_id = ? AND sub.status = ? ORDER BY sub.created_at, sub.id")) {
                    statement.setFetchSize(500);
                    statement.setObject(1, newsletterId);
                    statement.setString(2, status);
                    var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
                    writer.write("email,name,status,requested_at,confirmed_at,source,unsubscribe_url\r\n");
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            List<String> cells = new ArrayList<>();
                            cells.add(rows.getString(2));
                            cells.add(rows.getString(3));
                            cells.add(time(rows, 4));
                            cells.add(time(rows, 5));
                            cells.add(rows.getString(6));
                            cells.add(mails.unsubscribeUrl(rows.getObject(7, UUID.class)));
                            writer.write(Csv.quoted(rows.getString(1)) + "," + Csv.row(cells));
                        }
                    }
                    writer.flush();
                }
                connection.rollback();
            } catch (SQLException e) {
                throw new UncheckedIOException(new java.io.IOException("Export failed", e));
            }
        };
    }

    private static String time(ResultSet rows, int column) throws SQLException {
        var value = rows.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant().toString();
    }

    /**
     * Erases a reader everywhere: subscriber, subscriptions, consent records, confirmation links,
     * queued and sent mail, rate-limit counters. What stays is an erasure record with a keyed
     * fingerprint of the address.
     */
    @Transactional
    public int erase(String rawEmail, UUID staffId) {
        EmailAddress email = EmailAddress.parse(rawEmail, "email");
        @SuppressWarnings("unchecked")
        List<UUID> ids = db.createNativeQuery("SELECT id FROM subscriber WHERE email_key = ?1 FOR UPDATE")
                .setParameter(1, email.key())
                .getResultList();
        if (ids.isEmpty()) {
            throw new ProblemException.NotFound("No reader has this email address.");
        }
        UUID id = ids.get(0);
        int count = ((Number) db.createNativeQuery("SELECT count(*) FROM subscription WHERE subscriber_id = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .intValue();
        // Cascades to subscriptions, confirmation links and the reader's mail in the outbox.
        db.createNativeQuery("DELETE FROM subscriber WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        // Mail to the address that no subscriber row ties to it, and any SMTP error text naming it.
        db.createNativeQuery("DELETE FROM mail_outbox WHERE lower(recipient) = lower(?1) OR lower(recipient) = ?2")
                .setParameter(1, email.address())
                .setParameter(2, email.key())
                .executeUpdate();
        db.createNativeQuery("UPDATE mail_outbox SET last_error = '[erased]' WHERE strpos(lower(last_error), ?1) > 0"
                        + " OR strpos(lower(last_error), lower(?2)) > 0")
                .setParameter(1, email.key())
                .setParameter(2, email.address())
                .executeUpdate();
        String fingerprint = keys.emailFingerprint(email.key());
        limits.forget(List.of("mail:" + fingerprint));
        db.createNativeQuery("INSERT INTO subscriber_erasure (id, email_hmac, erased_at, erased_by, subscriptions)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, fingerprint)
                .setParameter(3, clock.instant())
                .setParameter(4, staffId)
                .setParameter(5, count)
                .executeUpdate();
        return count;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
