package com.newsdesk.common.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The in-memory cache of public reads ({@code newsdesk.cache.*}). */
@ConfigMapping(prefix = "newsdesk.cache")
public interface CacheConfig {

    @WithDefault("true")
    boolean enabled();

    /** How long a cached read may be served; also bounds how late a scheduled article appears. */
    @WithDefault("1S")
    Duration ttl();

    /** Entries kept at most; the cache starts over when full. */
    @WithDefault("10000")
    int maxEntries();
}
