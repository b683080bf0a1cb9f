package com.newsdesk.common.ratelimit;

import com.newsdesk.common.housekeeping.Housekeeping;
import com.newsdesk.common.housekeeping.HousekeepingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Forgets rate-limit windows long over: one row per network per minute adds up. */
@ApplicationScoped
class CounterHousekeeping {

    private final RateLimiter limits;
    private final HousekeepingConfig config;

    CounterHousekeeping(RateLimiter limits, HousekeepingConfig config) {
        this.limits = limits;
        this.config = config;
    }

    void prune(@Observes Housekeeping event) {
        limits.prune(config.keepRateCounters());
    }
}
