package com.newsdesk.webhook;

import com.newsdesk.common.net.OutboundHttp;
import com.newsdesk.common.net.OutboundPolicy;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Delivers webhooks: claims due deliveries in a short transaction, sends them at once outside any
 * transaction (each to the address its URL resolves to now, checked again), and records each
 * attempt in another short transaction. Any number of instances share the queue; one claim holds
 * a delivery, so a message goes out once in normal operation, and again with the same webhook-id
 * only when a worker stopped while sending it. Retries follow {@code retrySchedule} with a little
 * jitter, or the endpoint's Retry-After when that is longer.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(24);

    private final Deliveries deliveries;
    private final EventPayloads payloads;
    private final OutboundHttp sender;
    private final OutboundPolicy outbound;
    private final WebhookConfig config;
    private final DeliverySignal signal;
    private final Clock clock;
    private volatile boolean running;
    private Thread thread;

    DeliveryWorker(
            Deliveries deliveries,
            EventPayloads payloads,
            OutboundHttp sender,
            OutboundPolicy outbound,
            WebhookConfig config,
            DeliverySignal signal,
            Clock clock) {
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.sender = sender;
        this.outbound = outbound;
        this.config = config;
        this.signal = signal;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.deliver()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "newsdesk-webhooks");
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
                if (deliverDue() == 0) {
                    signal.await(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Log.warnf("Webhook deliveries paused: %s", e.toString()); // the database is away, say
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Claims and sends one batch of due deliveries; returns how many it claimed. */
    public int deliverDue() {
        Instant now = clock.instant();
        List<Deliveries.Claimed> claimed = deliveries.claim(now, now.plus(config.claimLease()), config.batchSize());
        List<CompletableFuture<Runnable>> sending = new ArrayList<>();
        for (Deliveries.Claimed delivery : claimed) {
            if (!running && thread != null) {
                deliveries.release(delivery, clock.instant());
                continue;
            }
            sending.add(send(delivery));
        }
        // Outcomes are recorded here, on this thread: the answers arrive on an event loop, which
        // must not wait for the database.
        for (CompletableFuture<Runnable> one : sending) {
            one.join().run();
        }
        return claimed.size();
    }

    /** Sends one delivery; the future's value records what became of it. */
    private CompletableFuture<Runnable> send(Deliveries.Claimed delivery) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        String data = delivery.data() != null
                ? delivery.data()
                : deliveries.keepData(
                        delivery.eventSeq(), payloads.data(delivery.type(), delivery.subjectId(), delivery.slug()));
        byte[] body = ("{\"type\":\"" + delivery.type() + "\",\"timestamp\":\"" + delivery.occurredAt() + "\",\"data\":"
                        + data + "}")
                .getBytes(StandardCharsets.UTF_8);
        OutboundPolicy.Target target;
        try {
            target = outbound.resolve(delivery.url());
        } catch (OutboundPolicy.Refused refused) {
            Deliveries.Attempt attempt =
                    new Deliveries.Attempt(start, null, 0, null, "Not sent: " + refused.getMessage());
            return CompletableFuture.completedFuture(() -> failed(delivery, attempt, null));
        }
        long seconds = start.getEpochSecond();
        String id = Deliveries.messageId(delivery.eventId());
        String signature = Signatures.sign(delivery.secret(), id, seconds, body);
        if (delivery.previousSecret() != null
                && delivery.previousSecretUntil() != null
                && delivery.previousSecretUntil().isAfter(start)) {
            signature += " " + Signatures.sign(delivery.previousSecret(), id, seconds, body);
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Content-Type", "application/json")
                .add("User-Agent", "Newsdesk-Webhooks/1")
                .add("webhook-id", id)
                .add("webhook-timestamp", Long.toString(seconds))
                .add("webhook-signature", signature);
        return sender.send("POST", target, headers, body, config.timeout())
                .toCompletionStage()
                .toCompletableFuture()
                .orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> {
                    int latency = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
                    if (failure != null) {
                        String error = failure instanceof java.util.concurrent.TimeoutException
                                        || failure.getCause() instanceof java.util.concurrent.TimeoutException
                                ? "No answer within " + config.timeout().toSeconds() + " s."
                                : describe(failure);
                        Deliveries.Attempt attempt = new Deliveries.Attempt(start, null, latency, null, error);
                        return () -> failed(delivery, attempt, null);
                    }
                    Deliveries.Attempt attempt =
                            new Deliveries.Attempt(start, answer.status(), latency, answer.body(), null);
                    if (answer.status() >= 200 && answer.status() < 300) {
                        return () -> deliveries.succeeded(delivery, attempt);
                    }
                    return () -> failed(delivery, attempt, answer);
                });
    }

    private void failed(Deliveries.Claimed delivery, Deliveries.Attempt attempt, OutboundHttp.Answer answer) {
        try {
            Instant now = clock.instant();
            boolean gone = answer != null && answer.status() == 410;
            deliveries.failed(
                    delivery,
                    attempt,
                    gone ? null : retryAt(delivery, answer, now),
                    now.minus(config.disableAfter()),
                    gone ? "Disabled by Newsdesk: the endpoint answered 410 Gone." : null);
        } catch (RuntimeException e) {
            Log.warnf("Could not record a failed webhook delivery %s: %s", delivery.id(), e.toString());
        }
    }

    /** When to try again, or null when the schedule is used up. */
    private Instant retryAt(Deliveries.Claimed delivery, OutboundHttp.Answer answer, Instant now) {
        List<Duration> schedule = config.retrySchedule();
        int done = delivery.attempts() - delivery.roundStart();
        if (done > schedule.size()) {
            return null;
        }
        Duration wait = schedule.get(done - 1);
        long jitter = wait.toMillis() / 10;
        wait = wait.plusMillis(jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
        Duration asked = answer == null ? null : retryAfter(answer.retryAfter());
        if (asked != null && asked.compareTo(wait) > 0) {
            wait = asked.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : asked;
        }
        return now.plus(wait);
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: the schedule decides
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
