package com.newsdesk.common.db;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Marks the requests whose SQL runs under {@link PublicStatementTimeout}: reads of the public tree
 * (GET and HEAD outside {@code /api/v1/admin}). Staff work, the subscriber CSV export included, is
 * never cut short; {@code /q/*} never passes through here.
 */
@RequestScoped
public class PublicReads {

    private boolean active;

    /** Whether the current request is a public read. */
    public boolean active() {
        return active;
    }

    void set(boolean active) {
        this.active = active;
    }

    /** The JAX-RS hook that decides it, before any resource code (and so any query) runs. */
    public static class Marker {

        private final PublicReads current;

        Marker(PublicReads current) {
            this.current = current;
        }

        @ServerRequestFilter(preMatching = true)
        public void mark(ContainerRequestContext request) {
            String method = request.getMethod();
            String path = request.getUriInfo().getPath();
            // Through a method: current is a client proxy, and a field write would land on the proxy.
            current.set((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                    && !path.startsWith("/api/v1/admin"));
        }
    }
}
