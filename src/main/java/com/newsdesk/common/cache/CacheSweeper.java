package com.newsdesk.common.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Frees expired entries of the {@link ReadCache} every ttl, so keys nobody asks for again do not stay. */
@ApplicationScoped
class CacheSweeper {

    private final ReadCache cache;
    private final CacheConfig config;
    private final Vertx vertx;
    private long timer = -1;

    CacheSweeper(ReadCache cache, CacheConfig config, Vertx vertx) {
        this.cache = cache;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent start) {
        if (cache.enabled()) {
            long period = Math.max(100, config.ttl().toMillis());
            timer = vertx.setPeriodic(period, ignored -> cache.sweep());
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }
}
