package com.newsdesk.common.edge;

import jakarta.ws.rs.Priorities;

/**
 * The order of the HTTP pipeline, named in one place. Every route and filter of the edge takes
 * its position from here, so reordering one is a change to this file that a reviewer sees whole.
 *
 * <pre>
 * request
 *  │ Vert.x routes, lowest order first
 *  ├─ FAILURES            ProblemRoutes: any failure below becomes application/problem+json
 *  ├─ SECURITY_HEADERS    SecurityHeaders: nosniff, Referrer-Policy, HSTS on every answer
 *  ├─ OVERSIZED_HEAD      ProblemRoutes: a too long URL (414) or header block (431)
 *  ├─ VARY                VaryHeaders: one merged Vary header on the way out
 *  ├─ (Quarkus, -300..-100) CORS, then authentication (a bad token is a 401), then the staff path
 *  │                      permission (no token on /api/v1/admin is a 401)
 *  ├─ BODY_LENGTH         ProblemRoutes: a declared body over the limit (413, ahead of Quarkus' -2)
 *  ├─ CHUNKED_BODY        ProblemRoutes: a chunked body buffered up to the limit
 *  ├─ LOCAL_FILES         MediaFileRoutes: a media file from the file store, sent by the HTTP layer itself
 *  ├─ CACHED_READS        CachedReads: a public read in the read cache answers here, JAX-RS unseen
 *  │  (Quarkus REST, after; roles of an operation checked before its method: 403)
 *  │   ├─ pre-matching    PublicRequests.Marker: a public request gets the short statement timeout
 *  │   ├─ request filter  CacheFilters.markCacheable (MARK_CACHEABLE): key and generation to keep it
 *  │   ├─ resource method, exception mappers (ProblemMapper)
 *  │   ├─ response filter CacheFilters.forgetAfterWrites (FORGET_AFTER_WRITES): a staff write empties the cache
 *  │   └─ response filter ConditionalGetFilter (CONDITIONAL_GET): Cache-Control, ETag, 304, gzip, keep
 *  └─ NOT_FOUND           ProblemRoutes: nothing answered, a 404 problem
 * </pre>
 *
 * JAX-RS runs request filters by ascending priority and response filters by descending priority,
 * so the conditional GET, with the lowest response priority, sees the final answer.
 */
public final class RouteOrder {

    public static final int FAILURES = Integer.MIN_VALUE;
    public static final int SECURITY_HEADERS = Integer.MIN_VALUE + 1;
    public static final int OVERSIZED_HEAD = Integer.MIN_VALUE + 2;
    public static final int VARY = Integer.MIN_VALUE + 3;
    public static final int BODY_LENGTH = -4;
    public static final int CHUNKED_BODY = -3;
    public static final int LOCAL_FILES = -2;
    public static final int CACHED_READS = -1;
    public static final int NOT_FOUND = Integer.MAX_VALUE - 1;

    public static final int MARK_PUBLIC = Priorities.USER;
    public static final int MARK_CACHEABLE = Priorities.USER;
    public static final int FORGET_AFTER_WRITES = Priorities.USER + 100;
    public static final int CONDITIONAL_GET = Priorities.USER;

    private RouteOrder() {}
}
