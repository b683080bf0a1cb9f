package com.newsdesk.common.housekeeping;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Deleting what has expired ({@code newsdesk.housekeeping.*}). */
@ConfigMapping(prefix = "newsdesk.housekeeping")
public interface HousekeepingConfig {

    /** Whether this instance runs housekeeping (one instance at a time does, whichever gets there first). */
    @WithDefault("true")
    boolean enabled();

    /** How often. */
    @WithDefault("1H")
    Duration interval();

    /** Rate-limit counters are deleted this long after their window began; keep it above the longest window. */
    @WithDefault("2D")
    Duration keepRateCounters();
}
