package com.newsdesk.common.cache;

import io.quarkus.runtime.configuration.MemorySize;
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

    /**
     * Memory the entries may hold at most (both codings, headers and key, roughly); the oldest
     * entries make room for new ones.
     */
    @WithDefault("64M")
    MemorySize maxBytes();

    /** An answer larger than this (both codings together) is never kept: it would crowd out many. */
    @WithDefault("256K")
    MemorySize maxEntryBytes();
}
