package com.newsdesk.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the outbox. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED} and stays locked
 * until its results commit, so any number of workers, on any number of instances, share the queue
 * and no message is sent twice while PostgreSQL and the instance stay up. A failed attempt is
 * retried with exponential backoff; nothing is dropped.
 */
@ApplicationScoped
public class OutboxWorker {

    /** Fired about every ten minutes by the worker, for cleanup of expired data. */
    public record Housekeeping(Instant at) {}

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofMinutes(10);

    private final EntityManager db;
    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final OutboxSignal signal;
    private final Clock clock;
    private final Event<Housekeeping> housekeeping;
    private volatile boolean running;
    private Thread thread;
    private Instant lastHousekeeping = Instant.EPOCH;

    OutboxWorker(
            EntityManager db,
            ReactiveMailer mailer,
            MailConfig config,
            OutboxSignal signal,
            Clock clock,
            Event<Housekeeping> housekeeping) {
        this.db = db;
        this.mailer = mailer;
        this.config = config;
        this.signal = signal;
        this.clock = clock;
        this.housekeeping = housekeeping;
    }

    void start(@Observes StartupEvent event) {
        if (!config.deliver()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "newsdesk-outbox");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }

    private void loop() {
        while (running) {
            try {
                while (running && deliverBatch() == config.batchSize()) {
                    // a full batch: there may be more due right now
                }
                if (Duration.between(lastHousekeeping, clock.instant()).compareTo(HOUSEKEEPING_EVERY) > 0) {
                    lastHousekeeping = clock.instant();
                    QuarkusTransaction.requiringNew().run(this::pruneSent);
                    housekeeping.fire(new Housekeeping(lastHousekeeping));
                }
                signal.await(config.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is away, say: try again at the next poll; the outbox keeps everything.
                Log.warnf("Mail delivery paused: %s", e.toString());
                try {
                    signal.await(config.pollInterval());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Claims up to one batch of due mail, tries to send each, and records what happened. */
    public int deliverBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxMessage> due = db.createNativeQuery(
                            "SELECT * FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= ?1"
                                    + " ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED",
                            OutboxMessage.class)
                    .setParameter(1, clock.instant())
                    .setParameter(2, config.batchSize())
                    .getResultList();
            for (OutboxMessage message : due) {
                attempt(message);
            }
            return due.size();
        });
    }

    private void attempt(OutboxMessage message) {
        message.attempts++;
        try {
            mailer.send(toMail(message)).await().atMost(SEND_TIMEOUT);
            message.sentAt = clock.instant();
            message.lastError = null;
        } catch (RuntimeException e) {
            Duration wait = backoff(message.attempts);
            message.nextAttemptAt = clock.instant().plus(wait);
            String error = String.valueOf(e.getMessage());
            message.lastError = error.length() > 500 ? error.substring(0, 500) : error;
            Log.warnf(
                    "Mail %s not delivered (attempt %d), next try in %s: %s",
                    message.messageId, message.attempts, wait, message.lastError);
        }
    }

    /** retryInitial, doubled per further attempt, at most retryMax. */
    Duration backoff(int attempts) {
        Duration wait = config.retryInitial();
        for (int i = 1; i < attempts && wait.compareTo(config.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    private Mail toMail(OutboxMessage message) {
        Mail mail = new Mail()
                .addTo(message.recipient)
                .setFrom(displayName(message.senderName) + " <" + config.fromAddress() + ">")
                .setSubject(message.subject)
                .setText(message.textBody)
                .setHtml(message.htmlBody)
                .addHeader("Message-ID", message.messageId);
        message.headers.forEach(mail::addHeader);
        return mail;
    }

    /** An RFC 5322 quoted string. */
    private static String displayName(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void pruneSent() {
        db.createNativeQuery("DELETE FROM mail_outbox WHERE sent_at < ?1")
                .setParameter(1, clock.instant().minus(config.keepSent()))
                .executeUpdate();
    }
}
