package com.newsdesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxSignal signal;

    Outbox(
            EntityManager db,
            MailConfig config,
            Clock clock,
            TransactionSynchronizationRegistry transactions,
            OutboxSignal signal) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.transactions = transactions;
        this.signal = signal;
    }

    /** Queues the mail; must run inside a transaction. Returns its Message-ID. */
    public String enqueue(Mail mail) {
        Instant now = clock.instant();
        OutboxMessage message = new OutboxMessage();
        message.messageId = "<" + UUID.randomUUID() + "@" + config.messageIdDomain() + ">";
        message.subscriberId = mail.subscriberId();
        message.kind = mail.kind();
        message.senderName = mail.senderName();
        message.recipient = mail.recipient();
        message.subject = mail.subject();
        message.textBody = mail.text();
        message.htmlBody = mail.html();
        message.headers = mail.headers();
        message.createdAt = now;
        message.status = "queued";
        message.nextAttemptAt = now;
        message.notAfter = mail.notAfter();
        message.about = mail.about();
        db.persist(message);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal.wake(); // deliver now rather than at the next poll
                }
            }
        });
        return message.messageId;
    }
}
