package com.newsdesk.common.paging;

import com.newsdesk.common.http.ApiLinks;
import io.quarkus.arc.Arc;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** The RFC 8288 {@code Link: <...>; rel="next"} header of a page. */
public final class NextLink {

    private NextLink() {}

    /** A 200 with the page, plus the Link header when there is a next page. */
    public static <T> RestResponse<CursorPage<T>> ok(CursorPage<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<CursorPage<T>> response = RestResponse.ResponseBuilder.ok(page);
        String next = page.meta().nextCursor();
        if (next != null) {
            response.header("Link", value(uri, next));
        }
        return response.build();
    }

    /**
     * The Link header value pointing at this request with the given cursor, under the configured
     * API URL (never the request's Host: the header is kept in caches).
     */
    public static String value(UriInfo uri, String nextCursor) {
        ApiLinks links = Arc.container().instance(ApiLinks.class).get();
        return "<" + links.with(uri, "cursor", nextCursor) + ">; rel=\"next\"";
    }
}
