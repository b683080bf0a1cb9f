package com.newsdesk.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.common.db.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Queues mail in the caller's transaction: the message exists exactly when what caused it does,
 * and is delivered by {@link OutboxWorker} once that transaction commits, however SMTP is doing.
 */
@ApplicationScoped
public class Outbox {

    /**
     * A rendered mail. {@code subscriberId} ties it to a reader, so erasing the reader erases it;
     * {@code notAfter} (optional) is when it stops being worth sending; {@code about} (optional) is
     * what {@link MailRelevance} checks again just before it is sent.
     */
    public record Mail(
            UUID subscriberId,
            String kind,
            String senderName,
            String recipient,
            String subject,
            String text,
            String html,
            Map<String, String> headers,
            Instant notAfter,
            UUID about) {

        public Mail(
                UUID subscriberId,
                String kind,
                String senderName,
                String recipient,
                String subject,
                String text,
                String html,
                Map<String, String> headers) {
            this(subscriberId, kind, senderName, recipient, subject, text, html, headers, null, null);
        }
    }

    private final EntityManager db;
    private final MailConfig config;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final OutboxSignal signal;
    private final ObjectMapper json;

    Outbox(
            EntityManager db,
            MailConfig config,
            Clock clock,
            AfterCommit afterCommit,
            OutboxSignal signal,
            ObjectMapper json) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.signal = signal;
        this.json = json;
    }

    /** Queues the mail; must run inside a transaction. Returns its Message-ID. */
    public String enqueue(Mail mail) {
        Instant now = clock.instant();
        String messageId = newMessageId();
        db.createNativeQuery("SELECT mail_enqueue(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS jsonb), ?10, ?11, ?12)")
                .setParameter(1, messageId)
                .setParameter(2, mail.subscriberId())
                .setParameter(3, mail.kind())
                .setParameter(4, mail.senderName())
                .setParameter(5, mail.recipient())
                .setParameter(6, mail.subject())
                .setParameter(7, mail.text())
                .setParameter(8, mail.html())
                .setParameter(9, headersJson(mail.headers()))
                .setParameter(10, now)
                .setParameter(11, mail.notAfter())
                .setParameter(12, mail.about())
                .getSingleResult();
        wakeOnCommit();
        return messageId;
    }

    /** A new Message-ID, for SQL that queues a mail with {@code mail_enqueue} itself. */
    public String newMessageId() {
        return "<" + UUID.randomUUID() + "@" + config.messageIdDomain() + ">";
    }

    /**
     * Wakes the worker once the caller's transaction commits (at once when there is none: the
     * statement committed on its own), rather than at its next poll: for SQL that queued a mail
     * with {@code mail_enqueue} itself.
     */
    public void wakeOnCommit() {
        afterCommit.run(signal::wake);
    }

    private String headersJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers == null ? Map.of() : headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always JSON", e);
        }
    }
}
