package com.newsdesk.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: after too many failures for one account, or from one client
 * address, within a sliding window, further attempts are refused until the oldest of those
 * failures leaves the window. Counts live in PostgreSQL, so every instance agrees.
 */
@ApplicationScoped
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final AuthConfig config;

    LoginThrottle(LoginFailureRepository failures, AuthConfig config) {
        this.failures = failures;
        this.config = config;
    }

    /** Seconds until this attempt may be made, or 0 when it may be made now. */
    @Transactional
    public long secondsToWait(String email, String client, Instant now) {
        Duration window = config.failureWindow();
        Instant since = now.minus(window);
        Optional<Instant> byAccount = failures.nthRecentForEmail(email, since, config.maxFailuresPerAccount());
        Optional<Instant> byClient = failures.nthRecentForClient(client, since, config.maxFailuresPerClient());
        long wait = 0;
        for (Optional<Instant> blocking : java.util.List.of(byAccount, byClient)) {
            if (blocking.isPresent()) {
                long seconds =
                        Duration.between(now, blocking.get().plus(window)).toSeconds() + 1;
                wait = Math.max(wait, seconds);
            }
        }
        return wait;
    }

    /** Counts a failure, and prunes failures that no longer count. Commits even though login fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String email, String client, Instant now) {
        LoginFailure failure = new LoginFailure();
        failure.email = email;
        failure.clientAddress = client;
        failure.failedAt = now;
        failures.persist(failure);
        failures.deleteOlderThan(now.minus(config.failureWindow()));
    }

    /** A successful login forgives the account's earlier failures (not the client's). */
    @Transactional
    public void forgive(String email) {
        failures.deleteForEmail(email);
    }
}
