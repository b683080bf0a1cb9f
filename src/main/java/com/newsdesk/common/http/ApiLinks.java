package com.newsdesk.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Absolute links to the API: the configured {@link ApiConfig#publicUrl()}, the request's path,
 * and only the query parameters its operation understands, sorted. Nothing comes from the
 * request's Host, so an answer that a cache keeps is the same for everyone.
 */
@ApplicationScoped
public class ApiLinks {

    private final String base;
    private final RouteTable routes;

    ApiLinks(ApiConfig config, RouteTable routes) {
        this.base = config.publicUrl().replaceAll("/+$", "");
        this.routes = routes;
    }

    /** The API's base URL, without a trailing slash. */
    public String base() {
        return base;
    }

    /** {@code path} (starting with {@code /}) under the API's base URL. */
    public String to(String path) {
        return base + path;
    }

    /** The URL of this request. */
    public String self(UriInfo uri) {
        return with(uri, null, null);
    }

    /** The URL of this request with one query parameter set (or added). */
    public String with(UriInfo uri, String name, String value) {
        return build(uri.getRequestUri().getRawPath(), uri, name, value);
    }

    /** Another path (raw, starting with {@code /}) with this request's query: where a resource moved. */
    public String moved(String rawPath, UriInfo uri) {
        return build(rawPath, uri, null, null);
    }

    private String build(String rawPath, UriInfo uri, String name, String value) {
        URI request = uri.getRequestUri();
        List<Map.Entry<String, String>> parameters =
                RouteTable.canonical(routes.known(uri.getPath()), request.getRawQuery());
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        if (parameters != null) {
            parameters.stream().filter(p -> !p.getKey().equals(name)).forEach(kept::add);
        }
        if (name != null) {
            kept.add(Map.entry(name, value));
            kept.sort(Map.Entry.comparingByKey());
        }
        String query = RouteTable.query(kept);
        return base + rawPath + (query.isEmpty() ? "" : "?" + query);
    }
}
