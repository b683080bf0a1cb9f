package com.newsdesk.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.common.edge.RouteOrder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET for every successful JSON read of the API, in one place, so that each new
 * resource gets it for free.
 *
 * <p>The body is serialized here, once, and the strong {@code ETag} is a hash of those bytes.
 * When the client accepts gzip, the body is compressed here too and its ETag gets a {@code -gzip}
 * suffix: RFC 9110 §8.8.3 wants a different validator for a different content coding. A matching
 * {@code If-None-Match} (either coding) answers 304 with no body.
 *
 * <p>For a CDN: {@link CacheTags} of the view become {@code Surrogate-Key} and {@code Cache-Tag}
 * headers, and a single resource's time becomes {@code Last-Modified}, which answers
 * {@code If-Modified-Since}.
 *
 * <p>Caching: the public tree gets {@link HttpCacheConfig#publicCacheControl()}, the staff tree
 * {@code no-store}.
 */
public class ConditionalGetFilter {

    static final String ADMIN_PREFIX = "/api/v1/admin";

    private final ObjectMapper json;
    private final ListKeys listKeys;
    private final HttpCacheConfig config;
    private final ReadKeeper keeper;
    private final RouteTable routes;

    ConditionalGetFilter(
            ObjectMapper json, HttpCacheConfig config, ReadKeeper keeper, RouteTable routes, ListKeys listKeys) {
        this.listKeys = listKeys;
        this.json = json;
        this.config = config;
        this.keeper = keeper;
        this.routes = routes;
    }

    /** Accept-Encoding (we choose the coding), and whatever else the operation declares with {@link Varies}. */
    private String vary(String path) {
        RouteTable.Known known = routes.known(path);
        if (known == null || known.headers().isEmpty()) {
            return HttpHeaders.ACCEPT_ENCODING;
        }
        return HttpHeaders.ACCEPT_ENCODING + ", " + String.join(", ", known.headers());
    }

    @ServerResponseFilter(priority = RouteOrder.CONDITIONAL_GET)
    public void filter(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || response.getStatus() >= 300) {
            return; // errors set their own headers; /q/* is not ours
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        boolean staff = path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/");
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        // The answer to a write (a sign-up's 202 too) is about that one request: nothing to keep.
        if (read && !PrivatePaths.isPrivate(path) && headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            return; // a public file that says how long it keeps (a media rendition: a year), with its own ETag
        }
        headers.putSingle(
                HttpHeaders.CACHE_CONTROL,
                !read || PrivatePaths.isPrivate(path) ? "no-store" : config.publicCacheControl());
        if (!read
                || PrivatePaths.isPreview(path)
                || response.getStatus() != 200
                || !response.hasEntity()
                || !(response.getEntity() instanceof RawBody || isJson(response.getMediaType()))) {
            return;
        }
        // Not for staff reads: their ETag must be that of the whole resource, for If-Match.
        String fields = staff || response.getEntity() instanceof RawBody
                ? null
                : request.getUriInfo().getQueryParameters().getFirst("fields");
        Object entity = response.getEntity();
        boolean keepable = true;
        if (fields != null && !fields.isBlank()) {
            Fields.Kept kept = Fields.keep(json, entity, fields);
            entity = kept.tree();
            keepable = kept.allKnown(); // junk names must not each take a cache entry
        }
        byte[] body = entity instanceof RawBody raw
                ? raw.bytes()
                : entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
        Representation identity = Representation.of(body);
        String vary = vary(path);
        headers.add(HttpHeaders.VARY, vary);

        Instant lastModified = staff ? null : CacheHeaders.apply(response.getEntity(), listKeys.keys(), headers);
        if (keepable) {
            keeper.keep(request, response, identity, headers, vary);
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        String matched = EntityTags.match(ifNoneMatch, identity.etag());
        if (matched == null
                && ifNoneMatch == null
                && CacheHeaders.notModifiedSince(
                        request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), lastModified)) {
            matched = identity.etag(); // If-Modified-Since counts only without If-None-Match (RFC 9110 §13.1.3)
        }
        if (matched != null) {
            headers.putSingle(HttpHeaders.ETAG, matched);
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        Representation chosen = body.length >= config.gzipMinBytes()
                        && AcceptEncoding.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))
                ? identity.gzipped()
                : identity;
        headers.putSingle(HttpHeaders.ETAG, chosen.etag());
        // "identity" keeps the HTTP layer's own compression away from what we already decided.
        headers.putSingle(HttpHeaders.CONTENT_ENCODING, chosen.contentEncoding());
        response.setEntity(chosen.bytes(), response.getEntityAnnotations(), response.getMediaType());
    }

    /** JSON, and the formats written in it (application/ninjs+json, application/ld+json). */
    static boolean isJson(MediaType type) {
        return type != null
                && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                        || type.getType().equals("application")
                                && type.getSubtype().endsWith("+json"));
    }
}
