package com.newsdesk.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class LoginFailureRepository implements PanacheRepository<LoginFailure> {

    private static final Sort NEWEST_FIRST = Sort.descending("failedAt");

    /** Waits for, then holds until commit, the lock of this client network's login attempts. */
    public void lockClient(String network) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('newsdesk-login:' || ?1, 0))")
                .setParameter(1, network)
                .getSingleResult();
    }

    /** When the n-th most recent failure since {@code since} happened, for this account from this network. */
    public Optional<Instant> nthRecentForPair(String email, String network, Instant since, int n) {
        return find("email = ?1 and clientAddress = ?2 and failedAt > ?3", NEWEST_FIRST, email, network, since)
                .range(n - 1, n - 1)
                .firstResultOptional()
                .map(failure -> failure.failedAt);
    }

    /** When the n-th most recent failure since {@code since} happened, from this network. */
    public Optional<Instant> nthRecentForClient(String network, Instant since, int n) {
        return find("clientAddress = ?1 and failedAt > ?2", NEWEST_FIRST, network, since)
                .range(n - 1, n - 1)
                .firstResultOptional()
                .map(failure -> failure.failedAt);
    }

    public long deleteOlderThan(Instant cutoff) {
        return delete("failedAt <= ?1", cutoff);
    }

    public long deleteForPair(String email, String network) {
        return delete("email = ?1 and clientAddress = ?2", email, network);
    }
}
