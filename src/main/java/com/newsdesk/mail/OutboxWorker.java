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
import java.util.ArrayList;
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

    /** How long accepted mail may wait to be recorded as sent with the rest of its batch. */
    static final Duration SENT_FLUSH = Duration.ofMillis(250);

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

    /**
     * Claims up to one batch of due mail and tries to send each; returns how many it claimed. Mail
     * the server accepted is recorded as sent together, at the end of the batch or before the next
     * send once the oldest has waited {@link #SENT_FLUSH}: one commit per batch instead of one per
     * mail from a fast server, one per mail from a slow one. A worker that dies in between leaves
     * those (at most {@link #SENT_FLUSH} and one send's worth) to the claim's expiry, which counts
     * them as unknown outcomes and sends them once more with the same Message-ID, as for a send
     * cut off mid-way.
     */
    public int deliverBatch() {
        Instant now = clock.instant();
        Duration lease = config.claimLease().compareTo(config.sendTimeout().multipliedBy(2)) < 0
                ? config.sendTimeout().multipliedBy(2)
                : config.claimLease();
        List<OutboxMessage> due = claims.claim(now, now.plus(lease).truncatedTo(ChronoUnit.MICROS), config.batchSize());
        List<OutboxMessage> sent = new ArrayList<>();
        long firstSent = 0;
        try {
            for (int i = 0; i < due.size(); i++) {
                OutboxMessage message = due.get(i);
                if (!sent.isEmpty() && System.nanoTime() - firstSent > SENT_FLUSH.toNanos()) {
                    outcomes.recordSent(List.copyOf(sent));
                    sent.clear();
                }
                // Never start a send that could outlive the claim: another worker would take it over.
                boolean time = clock.instant().plus(config.sendTimeout()).isBefore(message.claimedUntil);
                try {
                    if (!time || Thread.currentThread().isInterrupted() || (thread != null && !running)) {
                        claims.release(message, clock.instant());
                        continue;
                    }
                    long start = System.nanoTime();
                    if (attempt(message)) {
                        if (sent.isEmpty()) {
                            firstSent = start;
                        }
                        sent.add(message);
                    }
                } catch (RuntimeException e) {
                    // The database went away before this message was sent: give back what was not
                    // tried, so that it is not taken for an unknown outcome when its claim runs out.
                    releaseQuietly(due.subList(i, due.size()));
                    throw e;
                }
            }
        } finally {
            outcomes.recordSent(sent); // tries again while the claim lasts
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

    /** Sends one message, or records why not; true when the server accepted it (not yet recorded). */
    private boolean attempt(OutboxMessage message) {
        if (message.notAfter != null && !message.notAfter.isAfter(clock.instant())) {
            claims.skipped(message, clock.instant(), "Not sent: it expired before it could be delivered.");
            return false;
        }
        if (message.about != null && !stillWanted(message)) {
            claims.skipped(message, clock.instant(), "Not sent: no longer wanted.");
            return false;
        }
        try {
            mailer.send(toMail(message)).await().atMost(config.sendTimeout());
            return true;
        } catch (RuntimeException e) {
            if (!outcomes.recordFailure(message, e)) {
                Log.warnf("Mail %s: its claim was taken over before the outcome was recorded", message.messageId);
            }
            return false;
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
