package com.newsdesk.common.cache;

import com.newsdesk.common.http.Negotiation;
import com.newsdesk.common.http.PrivatePaths;
import com.newsdesk.common.http.RouteTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Which public reads may be kept in the {@link ReadCache}, and under which key: the path, the
 * query parameters its operation understands (sorted; unknown ones dropped, so {@code ?x=1},
 * {@code ?x=2}, ... are one entry) and the request headers it declares with
 * {@link com.newsdesk.common.http.Varies}. {@code Accept-Encoding} is not part of the key: an entry
 * holds both codings. The same function serves lookups (before JAX-RS) and stores (after it).
 */
@ApplicationScoped
public class CacheKeys {

    /**
     * Never kept: search and sync answers are as many as the questions asked (every query, every
     * sync token), and media are large and served by a CDN.
     */
    static final List<String> NEVER = List.of("/api/v1/search", "/api/v1/changes", "/api/v1/media");

    private final RouteTable routes;

    CacheKeys(RouteTable routes) {
        this.routes = routes;
    }

    /**
     * Whether a path is written the way our own links write it: no percent-escapes, empty or dot
     * segments. Anything else may be normalised by the HTTP layer into another route than the one
     * its raw text matches, so its answer is computed every time instead of being keyed wrongly.
     */
    static boolean isPlain(String path) {
        return path.indexOf('%') < 0
                && !path.contains("//")
                && !path.contains("/./")
                && !path.contains("/../")
                && !path.endsWith("/.")
                && !path.endsWith("/..");
    }

    /** The key of a request, or null when its answer must not be kept (or looked up). */
    public String of(String method, String path, String rawQuery, UnaryOperator<String> header) {
        if (!(method.equals("GET") || method.equals("HEAD"))
                || !path.startsWith("/api/")
                || PrivatePaths.isPrivate(path)
                || NEVER.stream().anyMatch(path::startsWith)
                || path.endsWith("/stream") // a live stream is never one answer
                || header.apply("Authorization") != null
                || !isPlain(path)) {
            return null;
        }
        RouteTable.Known known = routes.known(path);
        var parameters = RouteTable.canonical(known, rawQuery);
        if (parameters == null) {
            return null; // no operation we know answers it, or a query we cannot read
        }
        StringBuilder key = new StringBuilder(path);
        if (!parameters.isEmpty()) {
            key.append('?').append(RouteTable.query(parameters));
        }
        for (String name : known.headers()) {
            String value = header.apply(name);
            if (name.equalsIgnoreCase("Accept")) {
                value = Negotiation.key(value); // the representation it chooses, not its text
            }
            key.append('\n')
                    .append(name.toLowerCase(Locale.ROOT))
                    .append(':')
                    .append(value == null ? "" : value.trim().replaceAll("\\s+", " "));
        }
        return key.toString();
    }
}
