package com.newsdesk.common.db;

import com.newsdesk.common.edge.RouteOrder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Marks the requests whose SQL runs under {@link PublicStatementTimeout}: every request of the
 * public tree (outside {@code /api/v1/admin}), the readers' own writes included (sign-up,
 * confirmation, unsubscribe, preferences), since anyone can send them. Staff work, the subscriber
 * CSV export included, is never cut short; {@code /q/*} never passes through here.
 */
@RequestScoped
public class PublicRequests {

    private boolean active;

    /** Whether the current request is a public one. */
    public boolean active() {
        return active;
    }

    void set(boolean active) {
        this.active = active;
    }

    /** The JAX-RS hook that decides it, before any resource code (and so any query) runs. */
    public static class Marker {

        private final PublicRequests current;

        Marker(PublicRequests current) {
            this.current = current;
        }

        @ServerRequestFilter(preMatching = true, priority = RouteOrder.MARK_PUBLIC)
        public void mark(ContainerRequestContext request) {
            String path = request.getUriInfo().getPath();
            // Through a method: current is a client proxy, and a field write would land on the proxy.
            current.set(!path.startsWith("/api/v1/admin"));
        }
    }
}
