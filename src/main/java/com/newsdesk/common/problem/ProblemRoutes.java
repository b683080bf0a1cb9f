package com.newsdesk.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.common.edge.RouteOrder;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem+json for what fails before JAX-RS runs: paths nothing serves, bodies over the size
 * limit, failures of the HTTP layer. Without this, Vert.x and Quarkus answer with an HTML page or
 * an empty body.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    /** The one operation that takes large bodies: the media upload (multipart/form-data). */
    static final String UPLOAD_PATH = "/api/v1/admin/media";

    private final ObjectMapper json;
    private final MemorySize maxBodySize;
    private final long maxUploadSize;

    ProblemRoutes(
            ObjectMapper json,
            BodyLimit bodyLimit,
            @ConfigProperty(name = "newsdesk.media.max-image-bytes", defaultValue = "40M") MemorySize maxImage,
            @ConfigProperty(name = "newsdesk.media.max-audio-bytes", defaultValue = "200M") MemorySize maxAudio) {
        this.json = json;
        this.maxBodySize = bodyLimit.maxBodySize();
        // The form around the file: its part headers and the text parts (alt, caption, ...).
        this.maxUploadSize = Math.max(maxImage.asLongValue(), maxAudio.asLongValue()) + 64 * 1024;
    }

    /** The limit of every request body but an upload's ({@code newsdesk.http.max-body-size}). */
    @io.smallrye.config.ConfigMapping(prefix = "newsdesk.http")
    public interface BodyLimit {
        @io.smallrye.config.WithDefault("1M")
        MemorySize maxBodySize();
    }

    /** A media upload: the only request whose body may be larger than {@code newsdesk.http.max-body-size}. */
    static boolean isUpload(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return "POST".equals(request.method().name())
                && UPLOAD_PATH.equals(request.path())
                && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    void register(@Observes Router router) {
        // First in line for every failure, ahead of Quarkus's own HTML/plain-text error pages.
        router.route().order(RouteOrder.FAILURES).failureHandler(this::failure);
        // Vert.x's own limits are raised far above these (application.properties), so that a long
        // URL or header block reaches this route and gets a problem rather than a bare codec answer.
        router.route().order(RouteOrder.OVERSIZED_HEAD).handler(this::refuseOversizedHead);
        // Ahead of Quarkus's own Content-Length check (order -2), which answers 413 with no body.
        // Quarkus's own limit (quarkus.http.limits.max-body-size) is the upload's; these routes
        // hold each request to its own: the upload's, or newsdesk.http.max-body-size.
        router.route()
                .order(RouteOrder.BODY_LENGTH)
                .handler(context -> refuseTooLarge(
                        context, isUpload(context.request()) ? maxUploadSize : maxBodySize.asLongValue()));
        // A chunked body has no length to check up front. Quarkus REST would count it while
        // reading and end the response itself with an empty 413; buffering it here instead
        // makes the overflow a failure that failure() answers. Quarkus REST reads the buffer.
        // A chunked upload is not buffered (it goes to disk part by part): Quarkus's own limit,
        // quarkus.http.limits.max-body-size, counts it.
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route().order(RouteOrder.CHUNKED_BODY).handler(context -> {
            if (isChunked(context) && !isUpload(context.request())) {
                chunked.handle(context);
            } else {
                context.next();
            }
        });
        // Last in line for every request: nothing else answered, so nothing is there.
        router.route().order(RouteOrder.NOT_FOUND).handler(this::notFound);
    }

    /** Longest request line (method, URI, version) answered normally; beyond it 414. */
    static final int MAX_REQUEST_LINE = 8 * 1024;
    /** Largest header block (names, values, separators) answered normally; beyond it 431. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private void refuseOversizedHead(RoutingContext context) {
        HttpServerRequest request = context.request();
        int line = request.method().name().length() + 1 + request.uri().length() + 9; // " HTTP/1.1"
        long headers = 0;
        for (var header : request.headers()) {
            headers += header.getKey().length() + 2 + header.getValue().length() + 2; // ": " and CRLF
        }
        String path = request.path();
        if (line > MAX_REQUEST_LINE) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(
                    context,
                    ProblemFactory.of(
                            ProblemType.URI_TOO_LONG,
                            "The request line has " + line + " characters; this server accepts at most "
                                    + MAX_REQUEST_LINE + ". Send fewer or shorter query parameters.",
                            path.length() > 200 ? path.substring(0, 200) : path));
        } else if (headers > MAX_HEADER_BYTES) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(
                    context,
                    ProblemFactory.of(
                            ProblemType.HEADER_FIELDS_TOO_LARGE,
                            "The request headers have " + headers + " bytes; this server accepts at most "
                                    + MAX_HEADER_BYTES + ".",
                            path));
        } else {
            context.next();
        }
    }

    private void refuseTooLarge(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1; // Vert.x itself rejects a malformed Content-Length
        }
        if (length <= limit) {
            context.next();
            return;
        }
        String path = context.request().path();
        // The unread body would be the next request on this connection: close it.
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        write(
                context,
                ProblemFactory.of(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body has " + length + " bytes; this server accepts at most " + limit + ".",
                        path));
    }

    private static boolean isChunked(RoutingContext context) {
        // HTTP/1.1 only: after an h2c upgrade Vert.x has already consumed the body, and a
        // BodyHandler would fail on it; such bodies keep Quarkus's own (bodiless) 413.
        HttpServerRequest request = context.request();
        return request.version() != HttpVersion.HTTP_2
                && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
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
        Throwable failure = context.failure();
        ProblemException unavailable = DatabaseProblems.unavailable(failure);
        if (unavailable != null) {
            unavailable.headers().forEach(context.response()::putHeader);
            write(context, ProblemFactory.of(unavailable.type(), unavailable.getMessage(), path));
            return;
        }
        if (failure instanceof UnauthorizedException) {
            write(context, SecurityProblems.unauthenticated(path));
            return;
        }
        if (failure instanceof AuthenticationFailedException) {
            write(context, SecurityProblems.invalidToken(path));
            return;
        }
        if (failure instanceof ForbiddenException) {
            write(context, SecurityProblems.forbidden(path));
            return;
        }
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

    private void write(RoutingContext context, jakarta.ws.rs.core.Response response) {
        response.getStringHeaders().forEach((name, values) -> context.response().putHeader(name, values));
        write(context, (Problem) response.getEntity());
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
