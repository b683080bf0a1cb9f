package com.newsdesk.common.cache;

import com.newsdesk.common.http.HttpCacheConfig;
import com.newsdesk.common.http.ReadKeeper;
import com.newsdesk.common.http.Representation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * Keeps the public reads that {@link CacheFilters} marked as cacheable in the {@link ReadCache},
 * with the bytes and headers the conditional-GET filter answered; {@link CachedReads} serves them.
 */
@ApplicationScoped
public class ReadCacheKeeper implements ReadKeeper {

    private final ReadCache cache;
    private final HttpCacheConfig config;

    ReadCacheKeeper(ReadCache cache, HttpCacheConfig config) {
        this.cache = cache;
        this.config = config;
    }

    @Override
    public void keep(
            ContainerRequestContext request,
            ContainerResponseContext response,
            Representation identity,
            MultivaluedMap<String, Object> headers,
            String vary) {
        Object key = request.getProperty(CacheFilters.KEY);
        if (key == null) {
            return;
        }
        Representation gzip = identity.bytes().length >= config.gzipMinBytes() ? identity.gzipped() : null;
        Object lastModified = headers.getFirst(HttpHeaders.LAST_MODIFIED);
        // As the conditional-GET filter wrote them: the list's own keys and its items'.
        Object surrogate = headers.getFirst("Surrogate-Key");
        List<String> keys =
                surrogate == null ? List.of() : List.of(surrogate.toString().split(" "));
        cache.put(
                (String) key,
                new ReadCache.Entry(
                        identity.bytes(),
                        identity.etag(),
                        gzip == null ? null : gzip.bytes(),
                        gzip == null ? null : gzip.etag(),
                        response.getMediaType().toString(),
                        config.publicCacheControl(),
                        keys,
                        lastModified == null ? null : lastModified.toString(),
                        headers.getFirst("Link") == null
                                ? null
                                : headers.getFirst("Link").toString(),
                        vary,
                        cache.now()),
                (Long) request.getProperty(CacheFilters.GENERATION));
    }
}
