package com.newsdesk.cdn;

import com.newsdesk.common.housekeeping.Housekeeping;
import com.newsdesk.common.net.OutboundHttp;
import com.newsdesk.common.net.OutboundPolicy;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sends queued purges to the CDN: every {@code batchWindow} it claims what is due, in batches of
 * what the provider takes per request, and forgets what the CDN took. A failed request (a 429
 * above all) puts its keys back until the provider's Retry-After, or an exponential backoff of
 * up to five minutes. Without a provider the queue is only pruned.
 */
@ApplicationScoped
public class CdnPurger {

    static final int CLAIM = 2_000;
    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);
    private static final Duration KEEP = Duration.ofHours(1);

    private final CdnPurges queue;
    private final OutboundHttp http;
    private final OutboundPolicy outbound;
    private final CdnConfig config;
    private final Clock clock;
    private final CdnProvider provider;
    private volatile boolean running;
    private Thread thread;
    private int failures;

    CdnPurger(CdnPurges queue, OutboundHttp http, OutboundPolicy outbound, CdnConfig config, Clock clock) {
        this.queue = queue;
        this.http = http;
        this.outbound = outbound;
        this.config = config;
        this.clock = clock;
        this.provider = CdnProvider.of(config);
    }

    void start(@Observes StartupEvent event) {
        if (provider == null || !config.purge()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "newsdesk-cdn-purge");
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

    void prune(@Observes Housekeeping event) {
        queue.forget(event.at().minus(KEEP));
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(config.batchWindow().toMillis());
                purgeDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Log.warnf("CDN purges paused: %s", e.toString()); // the database is away, say
            }
        }
    }

    /** Sends what is due now, with {@link #provider}; returns how many keys the CDN took. */
    public int purgeDue() {
        if (provider == null) {
            return 0;
        }
        return purgeDue(provider);
    }

    /** Sends what is due now to {@code to} (tests play each provider); returns how many keys it took. */
    int purgeDue(CdnProvider to) {
        Instant now = clock.instant();
        queue.windows(now);
        CdnPurges.Claim claim = queue.claim(now, now.plus(config.timeout().multipliedBy(4)), CLAIM);
        int purged = 0;
        List<String> keys = claim.keys();
        for (int from = 0; from < keys.size(); from += to.batchSize()) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + to.batchSize()));
            Duration retryAfter = send(to, batch);
            if (retryAfter == null) {
                queue.done(claim, batch);
                purged += batch.size();
                failures = 0;
            } else {
                failures++;
                queue.retry(
                        claim, keys.subList(from, keys.size()), clock.instant().plus(retryAfter));
                break; // the rest waits with it: the provider is refusing now
            }
        }
        return purged;
    }

    /** Null when the CDN took the batch; otherwise how long to wait before asking again. */
    private Duration send(CdnProvider to, List<String> batch) {
        Duration backoff = Duration.ofSeconds(1L << Math.min(failures, 8));
        backoff = backoff.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff;
        try {
            OutboundPolicy.Target target = outbound.resolve(to.url());
            MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("User-Agent", "Newsdesk-Purge/1");
            byte[] body = to.request().write(batch, headers);
            OutboundHttp.Answer answer = http.send(to.method(), target, headers, body, config.timeout())
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (answer.status() >= 200 && answer.status() < 300) {
                return null;
            }
            Log.warnf("%s refused a purge of %d keys: %d %s", to.name(), batch.size(), answer.status(), answer.body());
            Duration asked = retryAfter(answer.retryAfter());
            return asked != null && asked.compareTo(LONGEST_BACKOFF) <= 0 ? asked : backoff;
        } catch (OutboundPolicy.Refused refused) {
            Log.warnf("CDN purge URL refused: %s", refused.getMessage());
            return LONGEST_BACKOFF;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return backoff;
        } catch (Exception e) {
            Log.warnf("A purge of %d keys at %s failed: %s", batch.size(), to.name(), e.toString());
            return backoff;
        }
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
