package com.newsdesk.media;

import com.newsdesk.common.edge.RouteOrder;
import com.newsdesk.media.store.MediaStore;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Media files from the file store, answered on the event loop by the HTTP layer's own file
 * sending, before JAX-RS: a rendition is the most requested thing a news site serves, and
 * dispatching each to a worker thread and a body writer cost nine tenths of the throughput. What
 * this route does not answer (a file that is not there, a range outside the file, the S3 store)
 * goes on to {@link MediaFileResource}, which answers the same way and documents the operation.
 */
@ApplicationScoped
class MediaFileRoutes {

    private static final String PREFIX = MediaViews.FILES_PATH;

    private final MediaStore store;

    MediaFileRoutes(MediaStore store) {
        this.store = store;
    }

    void register(@Observes Router router) {
        if (store.localFile(MediaKeys.PUBLIC + "probe").isEmpty()) {
            return; // S3: streamed by MediaFileResource
        }
        router.route(HttpMethod.GET, PREFIX + "*").order(RouteOrder.LOCAL_FILES).handler(this::serve);
        router.route(HttpMethod.HEAD, PREFIX + "*")
                .order(RouteOrder.LOCAL_FILES)
                .handler(this::serve);
    }

    private void serve(RoutingContext context) {
        String rest = context.request().path().substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String key = slash < 0 ? null : MediaKeys.publicKey(rest.substring(0, slash), rest.substring(slash + 1));
        Optional<Path> file = key == null ? Optional.empty() : store.localFile(key);
        long size;
        try {
            size = file.isPresent() ? Files.size(file.get()) : -1;
        } catch (IOException e) {
            size = -1; // not there (deleted, or never made): the resource answers 404
        }
        if (size < 0) {
            context.next();
            return;
        }
        String etag = "\"" + rest.replace('/', '-') + "\"";
        String ifNoneMatch = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        HttpServerResponse response = context.response()
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, MediaFiles.IMMUTABLE)
                .putHeader(HttpHeaders.ACCEPT_RANGES, "bytes")
                .putHeader("X-Content-Type-Options", "nosniff");
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(etag))) {
            response.setStatusCode(304).end();
            return;
        }
        String ifRange = context.request().getHeader("If-Range");
        String rangeHeader = ifRange == null || ifRange.trim().equals(etag)
                ? context.request().getHeader("Range")
                : null;
        MediaFiles.ByteRange range = MediaFiles.ByteRange.parse(rangeHeader, size);
        if (range == MediaFiles.ByteRange.UNSATISFIABLE) {
            context.next(); // the resource answers 416 as problem+json
            return;
        }
        // Images and audio are compressed already: "identity" keeps the HTTP layer's gzip off them
        // (and is removed before the answer goes out), so Content-Length and ranges stay exact.
        response.putHeader(HttpHeaders.CONTENT_TYPE, MediaFiles.contentType(key))
                .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        long offset = range == null ? 0 : range.first();
        long length = range == null ? size : range.length();
        if (range != null) {
            response.setStatusCode(206)
                    .putHeader(HttpHeaders.CONTENT_RANGE, "bytes " + range.first() + "-" + range.last() + "/" + size);
        }
        if (context.request().method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(length))
                    .end();
        } else {
            response.sendFile(file.get().toString(), offset, length);
        }
    }
}
