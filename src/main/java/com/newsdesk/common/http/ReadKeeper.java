package com.newsdesk.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Where {@link ConditionalGetFilter} hands each public JSON read it answers with a body, so that it
 * can be kept for the next readers. The read cache implements it: http knows the answer, the cache
 * knows whether and where to keep it, and http does not depend on the cache.
 */
public interface ReadKeeper {

    /**
     * The answer to {@code request}, about to be sent: its identity bytes and tag, the headers set
     * so far, and its {@code Vary}. Called before the choice of coding and any 304.
     */
    void keep(
            ContainerRequestContext request,
            ContainerResponseContext response,
            Representation identity,
            MultivaluedMap<String, Object> headers,
            String vary);
}
