package com.newsdesk.common.cache;

import com.newsdesk.common.edge.RouteOrder;
import com.newsdesk.common.http.AcceptEncoding;
import com.newsdesk.common.http.EntityTags;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers cached public reads straight from the HTTP layer, before JAX-RS, the database or any
 * serialization: the same bytes, ETags and headers as the first answer, 304 included.
 */
@ApplicationScoped
public class CachedReads {

    private final ReadCache cache;
    private final CacheKeys keys;

    CachedReads(ReadCache cache, CacheKeys keys) {
        this.cache = cache;
        this.keys = keys;
    }

    void register(@Observes Router router) {
        if (cache.enabled()) {
            // After the security headers, CORS and body limits; before the REST layer.
            router.route().order(RouteOrder.CACHED_READS).handler(this::serve);
        }
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        String method = request.method().name();
        String key = keys.of(method, request.path(), request.query(), request::getHeader);
        ReadCache.Entry entry = key == null ? null : cache.get(key);
        if (entry == null) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.putHeader("Cache-Control", entry.cacheControl());
        response.headers().add("Vary", entry.vary()); // added to, never replaced (Vary: Origin, see VaryHeaders)
        if (!entry.surrogateKeys().isEmpty()) {
            response.putHeader("Surrogate-Key", String.join(" ", entry.surrogateKeys()));
            response.putHeader("Cache-Tag", String.join(",", entry.surrogateKeys()));
        }
        if (entry.link() != null) {
            response.putHeader("Link", entry.link());
        }
        if (entry.lastModified() != null) {
            response.putHeader("Last-Modified", entry.lastModified());
        }
        String matched = EntityTags.match(request.getHeader("If-None-Match"), entry.etag());
        if (matched != null) {
            response.setStatusCode(304).putHeader("ETag", matched).end();
            return;
        }
        boolean gzip = entry.gzip() != null && AcceptEncoding.acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body = gzip ? entry.gzip() : entry.identity();
        response.putHeader("Content-Type", entry.mediaType())
                .putHeader("ETag", gzip ? entry.gzipEtag() : entry.etag())
                .putHeader("Content-Encoding", gzip ? "gzip" : "identity");
        if (method.equals("HEAD")) {
            response.putHeader("Content-Length", String.valueOf(body.length)).end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }
}
