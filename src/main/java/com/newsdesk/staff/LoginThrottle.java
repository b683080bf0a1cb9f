package com.newsdesk.staff;

import com.newsdesk.common.http.ClientAddress;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing. Failures count per account and client network together, so an
 * attacker who knows an editor's address locks out only himself, while the editor still logs in
 * from anywhere else; and per client network across accounts, so one network cannot try many
 * accounts. A client network is an IPv4 address or an IPv6 /64 (one household or device). Counts
 * live in PostgreSQL, so every instance agrees.
 */
@ApplicationScoped
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final AuthConfig config;

    LoginThrottle(LoginFailureRepository failures, AuthConfig config) {
        this.failures = failures;
        this.config = config;
    }

    /** The key that failures of this client address are counted under. */
    static String network(String clientAddress) {
        return ClientAddress.network(clientAddress, 32, 64);
    }

    /**
     * Admits one attempt and counts it as a failure until {@link #forgive} says otherwise, or
     * refuses it with 429 and Retry-After. Check and count happen under a lock on the client
     * network, so parallel attempts from it cannot all pass the check before any is counted.
     * Commits on its own: the count stays when the login then fails.
     *
     * @return the id of the counted failure
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long admit(String email, String network, Instant now) {
        failures.lockClient(network);
        Duration window = config.failureWindow();
        Instant since = now.minus(window);
        Optional<Instant> byPair = failures.nthRecentForPair(email, network, since, config.maxFailuresPerAccount());
        Optional<Instant> byClient = failures.nthRecentForClient(network, since, config.maxFailuresPerClient());
        long wait = 0;
        for (Optional<Instant> blocking : List.of(byPair, byClient)) {
            if (blocking.isPresent()) {
                wait = Math.max(
                        wait, Duration.between(now, blocking.get().plus(window)).toSeconds() + 1);
            }
        }
        if (wait > 0) {
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "Too many failed logins. Try again in " + wait + " seconds.",
                    null,
                    Map.of("Retry-After", String.valueOf(wait)));
        }
        LoginFailure failure = new LoginFailure();
        failure.email = email;
        failure.clientAddress = network;
        failure.failedAt = now;
        failures.persist(failure);
        failures.deleteOlderThan(since);
        return failure.id;
    }

    /** Takes back a counted attempt that was never judged (the server was too busy to hash). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void withdraw(long failureId) {
        failures.deleteById(failureId);
    }

    /**
     * A successful login forgives the account's earlier failures from this network; failures
     * from other networks (perhaps an attacker's) keep counting against those networks.
     */
    @Transactional
    public void forgive(String email, String network) {
        failures.deleteForPair(email, network);
    }
}
