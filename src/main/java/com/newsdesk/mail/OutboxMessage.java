package com.newsdesk.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One mail to deliver, rendered in full when it was queued. Never leaves the mail package. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "subscriber_id")
    public UUID subscriberId;

    /** confirmation, welcome, ... */
    @Column(nullable = false)
    public String kind;

    @Column(name = "sender_name", nullable = false)
    public String senderName;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false)
    public String textBody;

    @Column(name = "html_body", nullable = false)
    public String htmlBody;

    /** Extra headers, such as List-Unsubscribe. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> headers;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    /** queued, sending, sent, unknown, failed, skipped. */
    @Column(nullable = false)
    public String status;

    /** When the next attempt is due; null when none will be made. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The lease of the worker sending it (status sending). */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    /** Attempts whose outcome SMTP could not tell us. */
    @Column(name = "unknown_outcomes", nullable = false)
    public int unknownOutcomes;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Not sent after this time. */
    @Column(name = "not_after")
    public Instant notAfter;

    /** What the mail is about, for {@link MailRelevance}. */
    public UUID about;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;
}
