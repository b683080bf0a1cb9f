package com.newsdesk.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Problem+json for what fails before JAX-RS runs: paths nothing serves, bodies over the size
 * limit, failures of the HTTP layer. Without this, Vert.x and Quarkus answer with an HTML page or
 * an empty body.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    private final ObjectMapper json;

    ProblemRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        // First in line for every failure, ahead of Quarkus's own HTML/plain-text error pages.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // Last in line for every request: nothing else answered, so nothing is there.
        router.route().order(Integer.MAX_VALUE - 1).handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        String path = context.request().path();
        write(context, ProblemFactory.of(ProblemType.NOT_FOUND, "There is nothing at " + path + ".", path));
    }

    private void failure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        String path = context.request().path();
        int status = context.statusCode();
        if (status >= 400 && status < 500) {
            write(context, ProblemFactory.of(ProblemType.forStatus(status), status, detailFor(status, path), path));
            return;
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(context.failure(), "Unexpected error on %s [correlationId=%s]", path, correlationId);
        write(context, ProblemFactory.internal(correlationId, path));
    }

    private static String detailFor(int status, String path) {
        return switch (status) {
            case 404 -> "There is nothing at " + path + ".";
            case 405 -> "This method is not allowed on " + path + ".";
            case 413 -> "The request body is larger than this server accepts.";
            case 415 -> "The request body's Content-Type is not accepted here; send application/json.";
            default -> "The request could not be processed.";
        };
    }

    private void write(RoutingContext context, Problem problem) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem is always serializable", e);
        }
        HttpServerResponse response = context.response();
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemFactory.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if ("HEAD".equals(context.request().method().name())) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length))
                    .end();
        } else {
            response.end(io.vertx.core.buffer.Buffer.buffer(body));
        }
    }
}
