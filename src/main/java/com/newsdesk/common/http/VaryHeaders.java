package com.newsdesk.common.http;

import com.newsdesk.common.edge.RouteOrder;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One {@code Vary} header on every API answer, merged from what the layers added. With CORS on,
 * {@code Origin} is in it: the CORS filter answers each allowed origin with its own
 * {@code Access-Control-Allow-Origin} (and refuses others) without saying so, and a shared cache
 * would otherwise hand one origin's answer to another.
 */
@ApplicationScoped
public class VaryHeaders {

    private final boolean cors;

    VaryHeaders(@ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean cors) {
        this.cors = cors;
    }

    void register(@Observes Router router) {
        router.route().order(RouteOrder.VARY).handler(this::merge);
    }

    private void merge(RoutingContext context) {
        if (context.request().path().startsWith("/api/")) {
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                List<String> values = headers.getAll("Vary");
                if (!cors && values.size() < 2) {
                    return;
                }
                Map<String, String> names = new LinkedHashMap<>();
                for (String value : values) {
                    for (String name : value.split(",")) {
                        if (!name.isBlank()) {
                            names.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), name.trim());
                        }
                    }
                }
                if (cors) {
                    names.putIfAbsent("origin", "Origin");
                }
                headers.set("Vary", String.join(", ", names.values()));
            });
        }
        context.next();
    }
}
