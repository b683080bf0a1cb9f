package com.newsdesk.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class LoginFailureRepository implements PanacheRepository<LoginFailure> {

    private static final Sort NEWEST_FIRST = Sort.descending("failedAt");

    /** When the n-th most recent failure since {@code since} happened, for this account. */
    public Optional<Instant> nthRecentForEmail(String email, Instant since, int n) {
        return find("email = ?1 and failedAt > ?2", NEWEST_FIRST, email, since)
                .range(n - 1, n - 1)
                .firstResultOptional()
                .map(failure -> failure.failedAt);
    }

    /** When the n-th most recent failure since {@code since} happened, from this client. */
    public Optional<Instant> nthRecentForClient(String client, Instant since, int n) {
        return find("clientAddress = ?1 and failedAt > ?2", NEWEST_FIRST, client, since)
                .range(n - 1, n - 1)
                .firstResultOptional()
                .map(failure -> failure.failedAt);
    }

    public long deleteOlderThan(Instant cutoff) {
        return delete("failedAt <= ?1", cutoff);
    }

    public long deleteForEmail(String email) {
        return delete("email", email);
    }
}
