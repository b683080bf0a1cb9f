package com.newsdesk.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Delivers the outbox. A batch is claimed in a short transaction with a lease, each message is
 * sent outside any transaction, and its outcome is recorded in another short transaction guarded
 * by the lease; so a slow SMTP server never holds a transaction open, any number of workers on
 * any number of instances share the queue, and a message the server accepted is never sent
 * again. A failure is retried with exponential backoff up to maxAttempts; an outcome SMTP cannot
 * tell (connection lost after DATA, a timeout, a worker that died holding its claim) is retried
 * once with the same Message-ID and counted; {@link OutboxOutcomes} records the outcomes.
 */
@ApplicationScoped
public class OutboxWorker {

    private final OutboxClaims claims;
    private final OutboxOutcomes outcomes;
    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final OutboxSignal signal;
    private final Clock clock;
    private final Instance<MailRelevance> relevance;
    private volatile boolean running;
    private Thread thread;

    OutboxWorker(
            OutboxClaims claims,
            OutboxOutcomes outcomes,
            ReactiveMailer mailer,
            MailConfig config,
            OutboxSignal signal,
            Clock clock,
            Instance<MailRelevance> relevance) {
        this.claims = claims;
        this.outcomes = outcomes;
        this.mailer = mailer;
        this.config = config;
        this.signal = signal;
        this.clock = clock;
        this.relevance = relevance;
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
                signal.await(config.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is away, say: try again at the next poll; the outbox keeps everything.
                Log.warnf("Mail delivery paused: %s", Redaction.addresses(e.toString()));
                try {
                    signal.await(config.pollInterval());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Claims up to one batch of due mail and tries to send each; returns how many it claimed. */
    public int deliverBatch() {
        Instant now = clock.instant();
        Duration lease = config.claimLease().compareTo(config.sendTimeout().multipliedBy(2)) < 0
                ? config.sendTimeout().multipliedBy(2)
                : config.claimLease();
        List<OutboxMessage> due = claims.claim(now, now.plus(lease).truncatedTo(ChronoUnit.MICROS), config.batchSize());
        for (int i = 0; i < due.size(); i++) {
            OutboxMessage message = due.get(i);
            // Never start a send that could outlive the claim: another worker would take it over.
            boolean time = clock.instant().plus(config.sendTimeout()).isBefore(message.claimedUntil);
            try {
                if (!time || Thread.currentThread().isInterrupted() || (thread != null && !running)) {
                    claims.release(message, clock.instant());
                } else {
                    attempt(message);
                }
            } catch (RuntimeException e) {
                // The database went away before this message was sent: give back what was not tried,
                // so that it is not taken for an unknown outcome when its claim runs out.
                releaseQuietly(due.subList(i, due.size()));
                throw e;
            }
        }
        return due.size();
    }

    private void releaseQuietly(List<OutboxMessage> untried) {
        for (OutboxMessage message : untried) {
            try {
                claims.release(message, clock.instant());
            } catch (RuntimeException e) {
                return; // still away: the claims run out and the messages count as unknown
            }
        }
    }

    private void attempt(OutboxMessage message) {
        if (message.notAfter != null && !message.notAfter.isAfter(clock.instant())) {
            claims.skipped(message, clock.instant(), "Not sent: it expired before it could be delivered.");
            return;
        }
        if (message.about != null && !stillWanted(message)) {
            claims.skipped(message, clock.instant(), "Not sent: no longer wanted.");
            return;
        }
        Throwable failure = null;
        try {
            mailer.send(toMail(message)).await().atMost(config.sendTimeout());
        } catch (RuntimeException e) {
            failure = e;
        }
        Instant now = clock.instant();
        if (!outcomes.record(message, failure, now)) {
            Log.warnf("Mail %s: its claim was taken over before the outcome was recorded", message.messageId);
        }
    }

    private boolean stillWanted(OutboxMessage message) {
        return QuarkusTransaction.requiringNew()
                .call(() -> relevance.stream().allMatch(check -> check.stillWanted(message.kind, message.about)));
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
}
