package com.newsdesk.common.http;

import com.newsdesk.common.edge.RouteOrder;
import io.smallrye.config.ConfigMapping;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Security headers on every response, errors and {@code /q/*} included. The API's JSON gets a
 * Content-Security-Policy that forbids everything; Swagger UI keeps working because it is not
 * under {@code /api/}.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** {@code newsdesk.http.hsts}: the Strict-Transport-Security value, sent only when set. */
    @ConfigMapping(prefix = "newsdesk.http")
    public interface HstsConfig {
        Optional<String> hsts();
    }

    private final Optional<String> hsts;

    SecurityHeaders(HstsConfig config) {
        this.hsts = config.hsts().filter(value -> !value.isBlank());
    }

    void register(@Observes Router router) {
        router.route().order(RouteOrder.SECURITY_HEADERS).handler(this::add);
    }

    private void add(RoutingContext context) {
        boolean api = context.request().path().startsWith("/api/");
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            if (api) {
                headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            }
            hsts.ifPresent(value -> headers.set("Strict-Transport-Security", value));
        });
        context.next();
    }
}
