package com.newsdesk.common.ratelimit;

import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Fixed-window rate limits shared by every instance: one counter row per subject and window in
 * PostgreSQL, incremented atomically by an upsert. A window lets through at most {@code limit}
 * hits; at a window boundary a client can get up to twice that in a short burst, which is the
 * usual price of fixed windows and acceptable for abuse protection.
 */
@ApplicationScoped
public class RateLimiter {

    private final EntityManager db;
    private final Clock clock;

    RateLimiter(EntityManager db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Counts one hit for {@code bucket} and refuses it with 429 and Retry-After when the window
     * already had {@code limit}. The count commits on its own, even when the caller's work fails,
     * and without waiting for the disk (a counter lost in a crash costs nothing worth a flush).
     * Call it outside other transactions: it needs a connection of its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hit(String bucket, int limit, Duration window, String detail) {
        if (limit > 0) {
            db.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
            count(bucket, limit, window, detail);
        }
    }

    /**
     * The start of the fixed window of length {@code window} that holds {@code now}: for SQL that
     * counts a hit itself with {@code rate_limit_hit(bucket, window_start)}.
     */
    public static Instant windowStart(Instant now, Duration window) {
        long windowSeconds = Math.max(1, window.toSeconds());
        return Instant.ofEpochSecond(now.getEpochSecond() / windowSeconds * windowSeconds);
    }

    private void count(String bucket, int limit, Duration window, String detail) {
        Instant now = clock.instant();
        long windowSeconds = Math.max(1, window.toSeconds());
        Instant start = windowStart(now, window);
        Number hits = (Number) db.createNativeQuery("SELECT rate_limit_hit(?1, ?2)")
                .setParameter(1, bucket)
                .setParameter(2, start)
                .getSingleResult();
        if (hits.intValue() > limit) {
            long retryAfter = Math.max(
                    1, Duration.between(now, start.plusSeconds(windowSeconds)).toSeconds() + 1);
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    detail + " Please try again in " + retryAfter + " seconds.",
                    null,
                    Map.of("Retry-After", String.valueOf(retryAfter)));
        }
    }

    /** Forgets windows that ended long ago. */
    @Transactional
    public int prune(Duration olderThan) {
        return db.createNativeQuery("DELETE FROM rate_limit_counter WHERE window_start < ?1")
                .setParameter(1, clock.instant().minus(olderThan))
                .executeUpdate();
    }

    /** Forgets every counter of these buckets (an erased reader's). */
    @Transactional
    public void forget(java.util.Collection<String> buckets) {
        db.createNativeQuery("DELETE FROM rate_limit_counter WHERE bucket = ANY (?1)")
                .setParameter(1, buckets.toArray(String[]::new))
                .executeUpdate();
    }
}
