package com.newsdesk.mail;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Records what became of a message {@link OutboxWorker} tried to send, each outcome in a short
 * transaction of {@link OutboxClaims} guarded by the claim, with the retry or backoff it calls for.
 */
@ApplicationScoped
class OutboxOutcomes {

    private final OutboxClaims claims;
    private final MailConfig config;
    private final Clock clock;

    OutboxOutcomes(OutboxClaims claims, MailConfig config, Clock clock) {
        this.claims = claims;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Records a failed send as failed or unknown; false when the claim was taken over or ran out
     * before the outcome could be recorded.
     */
    boolean recordFailure(OutboxMessage message, Throwable failure) {
        return recordWhileClaimed(message, () -> recordFailure(message, failure, clock.instant()));
    }

    /**
     * Records messages of one claim that the server accepted as sent, together; logs those whose
     * claim was taken over or ran out before the outcome could be recorded.
     */
    void recordSent(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int[] recorded = {0};
        boolean done = recordWhileClaimed(messages.get(0), () -> {
            recorded[0] = claims.sent(messages, now);
            return true;
        });
        if (!done || recorded[0] < messages.size()) {
            Log.warnf(
                    "%d of %d sent mails (%s, ...): their claim was taken over before the outcome was recorded",
                    messages.size() - recorded[0], messages.size(), messages.get(0).messageId);
        }
    }

    /**
     * Records an outcome, trying again while the database is away and the claim lasts: a message
     * the server accepted must be recorded as sent, or it would be taken for an unknown outcome
     * and sent a second time.
     */
    private boolean recordWhileClaimed(OutboxMessage message, BooleanSupplier record) {
        long pauseMillis = 100;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return record.getAsBoolean();
                } catch (RuntimeException e) {
                    if (!clock.instant().plusMillis(pauseMillis).isBefore(message.claimedUntil)) {
                        Log.errorf(
                                "Mail %s: its outcome could not be recorded before its claim ran out: %s",
                                message.messageId, Redaction.addresses(e.toString()));
                        return false;
                    }
                    Log.warnf(
                            "Mail %s: recording its outcome failed, trying again: %s",
                            message.messageId, Redaction.addresses(e.toString()));
                    interrupted |= pause(pauseMillis);
                    pauseMillis = Math.min(pauseMillis * 2, 2_000);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt(); // after the outcome, which matters more than a prompt stop
            }
        }
    }

    /** Sleeps even when interrupted; returns whether it was. */
    private static boolean pause(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        boolean interrupted = false;
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        return interrupted;
    }

    private boolean recordFailure(OutboxMessage message, Throwable failure, Instant now) {
        SmtpOutcome outcome = SmtpOutcome.of(failure);
        String error = Redaction.addresses(
                failure instanceof io.smallrye.mutiny.TimeoutException
                        ? "No answer within " + config.sendTimeout() + ": the outcome is unknown."
                        : String.valueOf(failure.getMessage()));
        boolean more = message.attempts < config.maxAttempts();
        Instant retryAt = now.plus(backoff(message.attempts));
        String next;
        boolean recorded;
        if (outcome == SmtpOutcome.UNKNOWN) {
            boolean retry = more && message.unknownOutcomes == 0;
            recorded = claims.unknown(message, now, retry ? retryAt : null, error);
            next = retry ? "retried once at " + retryAt : "not retried (unknown outcome)";
        } else {
            boolean retry = more && outcome == SmtpOutcome.TRANSIENT;
            recorded = claims.failed(message, now, retry ? retryAt : null, error);
            next = retry ? "next try at " + retryAt : "failed for good";
        }
        Log.warnf(
                "Mail %s not delivered (attempt %d, %s), %s: %s",
                message.messageId, message.attempts, outcome, next, error);
        return recorded;
    }

    /** retryInitial, doubled per further attempt, at most retryMax. */
    Duration backoff(int attempts) {
        Duration wait = config.retryInitial();
        for (int i = 1; i < attempts && wait.compareTo(config.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }
}
