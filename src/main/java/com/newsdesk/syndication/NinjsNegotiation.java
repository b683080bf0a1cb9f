package com.newsdesk.syndication;

import com.newsdesk.common.http.Negotiation;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code GET /api/v1/articles/{slug}} with {@code Accept: application/ninjs+json} is answered by
 * the ninjs resource: the request goes there before resource matching. The read cache keys that
 * path by the representation Accept chooses ({@link Negotiation#key}), and both answers say
 * {@code Vary: Accept}.
 */
public class NinjsNegotiation {

    private static final Pattern ARTICLE = Pattern.compile("/api/v1/articles/[^/]+");

    @ServerRequestFilter(preMatching = true)
    public void toNinjs(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD"))
                || !Negotiation.prefersNinjs(request.getHeaderString("Accept"))) {
            return;
        }
        var uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (ARTICLE.matcher(path).matches()) {
            request.setRequestUri(
                    uri.resolve(path + "/ninjs" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
    }
}
