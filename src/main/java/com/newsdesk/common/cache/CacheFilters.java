package com.newsdesk.common.cache;

import com.newsdesk.common.edge.RouteOrder;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Marks public reads that may be stored in the {@link ReadCache}, and empties the caches of every
 * instance after each successful staff write. Storing happens in {@link ReadCacheKeeper}, which the
 * conditional-GET filter hands the bytes; hits are answered before JAX-RS by {@link CachedReads}.
 */
public class CacheFilters {

    /** Request property: the cache key and generation of a read that may be stored. */
    static final String KEY = "newsdesk.cache.key";

    static final String GENERATION = "newsdesk.cache.generation";

    private final ReadCache cache;
    private final CacheKeys keys;
    private final ContentNotifications notifications;

    CacheFilters(ReadCache cache, CacheKeys keys, ContentNotifications notifications) {
        this.cache = cache;
        this.keys = keys;
        this.notifications = notifications;
    }

    @ServerRequestFilter(priority = RouteOrder.MARK_CACHEABLE)
    public void markCacheable(ContainerRequestContext request, HttpServerRequest http) {
        if (!cache.enabled()) {
            return;
        }
        // Hits were answered before JAX-RS (CachedReads), with the key made from the same request.
        String key = keys.of(http.method().name(), http.path(), http.query(), http::getHeader);
        if (key != null) {
            request.setProperty(KEY, key);
            request.setProperty(GENERATION, cache.generation());
        }
    }

    @ServerResponseFilter(priority = RouteOrder.FORGET_AFTER_WRITES)
    public void forgetAfterWrites(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (cache.enabled()
                && !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"))
                && path.startsWith("/api/v1/admin/")
                && !path.startsWith("/api/v1/admin/auth/")
                && response.getStatus() < 400) {
            notifications.announce();
        }
    }
}
