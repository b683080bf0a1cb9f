package com.newsdesk.live;

import com.newsdesk.common.problem.Problem;
import com.newsdesk.common.problem.ProblemResponses;
import com.newsdesk.common.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a new live stream when this instance has all it keeps open: 503 with Retry-After,
 * answered here, before the streaming resource, whose failures Quarkus REST sends without the
 * headers a problem carries.
 */
public class LiveStreamGate {

    private final LiveHub hub;

    LiveStreamGate(LiveHub hub) {
        this.hub = hub;
    }

    @ServerRequestFilter
    public Response admit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/v1/articles/") || !path.endsWith("/entries/stream") || hub.admit()) {
            return null;
        }
        ProblemType unavailable = ProblemType.SERVICE_UNAVAILABLE;
        return ProblemResponses.builder(new Problem(
                        unavailable.uri(),
                        unavailable.title(),
                        unavailable.status(),
                        "This instance has all the live streams it keeps open; try again in a few seconds.",
                        path,
                        null,
                        null,
                        null))
                .header("Retry-After", "5")
                .build();
    }
}
