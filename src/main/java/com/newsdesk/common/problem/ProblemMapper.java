package com.newsdesk.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.newsdesk.common.problem.Problem.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures inside JAX-RS become {@code application/problem+json}. Failures
 * before JAX-RS (routing, body size, authentication) go through {@link ProblemRoutes} instead.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AllowedMethods allowedMethods;

    ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = new Problem(
                e.type().uri(),
                e.type().title(),
                e.type().status(),
                e.getMessage(),
                uri.getPath(),
                e.errors(),
                null,
                e instanceof ProblemException.Duplicate duplicate ? duplicate.existingId() : null);
        Response.ResponseBuilder response = ProblemResponses.builder(problem);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        if (ViolationFields.isReturnValueViolation(e)) {
            // Our own output broke its contract: a bug, not the client's fault.
            return unexpected(e, uri);
        }
        List<FieldError> errors = ViolationFields.fieldErrors(e, resource);
        return ProblemResponses.response(ProblemFactory.invalid(errors, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.response(JsonProblems.of(e, uri.getPath()));
    }

    /** No credentials where an operation needs them. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return SecurityProblems.unauthenticated(uri.getPath());
    }

    /** Credentials that do not check out: malformed, forged, expired or revoked. */
    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        ProblemException unavailable = DatabaseProblems.unavailable(e);
        if (unavailable != null) {
            return problem(unavailable, uri); // the token could not be checked, which is not its fault
        }
        return SecurityProblems.invalidToken(uri.getPath());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return SecurityProblems.forbidden(uri.getPath());
    }

    /** More specific than Quarkus's own mapper for this type, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String path = uri.getPath();
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && e instanceof NotAllowedException) {
            allow = allowedMethods.allowHeader(path);
        }
        String detail = detailFor(e, status, path, headers, allow);
        Response.ResponseBuilder response =
                ProblemResponses.builder(ProblemFactory.of(ProblemType.forStatus(status), status, detail, path));
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Response known = DatabaseProblems.of(e, uri.getPath());
        if (known != null) {
            return known;
        }
        if (clientWentAway(e)) {
            // The client closed the connection before its request body was complete: not a fault
            // of ours, and nobody is left to read the answer.
            LOG.debugf("Request body cut off on %s: the client closed the connection", uri.getPath());
            return ProblemResponses.response(ProblemFactory.of(
                    ProblemType.MALFORMED_BODY,
                    "The request body was cut off: the connection closed before it was complete.",
                    uri.getPath()));
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s [correlationId=%s]", uri.getPath(), correlationId);
        return ProblemResponses.response(ProblemFactory.internal(correlationId, uri.getPath()));
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Vert.x says HttpClosedException, or a ClosedChannelException when the connection
            // closed between two reads of the body (seen when wrk stopped in the middle of sign-ups).
            if (cause instanceof HttpClosedException || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static String detailFor(
            WebApplicationException e, int status, String path, HttpHeaders headers, String allow) {
        if (e instanceof NotFoundException) {
            return "There is nothing at " + path + ".";
        }
        if (e instanceof NotAllowedException) {
            return "This method is not allowed on " + path + (allow == null ? "." : "; allowed: " + allow + ".");
        }
        if (e instanceof NotSupportedException) {
            String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            return "The request body's Content-Type " + (sent == null ? "is missing" : "'" + sent + "' is not accepted")
                    + " here; send application/json.";
        }
        if (e instanceof NotAcceptableException) {
            return "This resource answers application/json; the Accept header asks for something else.";
        }
        if (status == 400) {
            return "The request could not be understood: check its parameters and body.";
        }
        return Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "The request failed with status " + status + ".";
    }

    /** Maps Jackson's errors to messages about the client's JSON, never about our classes. */
    static final class JsonProblems {
        private JsonProblems() {}

        static Problem of(JsonProcessingException e, String instance) {
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = JsonFieldPaths.of(mapping);
                String message = JsonFieldPaths.expectation(mapping);
                return ProblemFactory.invalid(List.of(new FieldError(field, message)), instance);
            }
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            return ProblemFactory.of(
                    ProblemType.MALFORMED_BODY, "The request body is not valid JSON" + where + ".", instance);
        }
    }
}
