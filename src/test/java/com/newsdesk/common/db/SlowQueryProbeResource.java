package com.newsdesk.common.db;

import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoints whose query takes as long as asked, one in the public tree and one in the
 * staff tree, to prove which requests run under the public statement timeout. They take the same
 * path as every real resource: JAX-RS, a transaction, a pooled connection.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SlowQueryProbeResource {

    private final EntityManager db;

    SlowQueryProbeResource(EntityManager db) {
        this.db = db;
    }

    @GET
    @Path("/test-only/slow")
    @Transactional
    public String publicRead(@QueryParam("seconds") double seconds) {
        return sleep(seconds);
    }

    /** A public write, as a reader's sign-up is one. */
    @POST
    @Path("/test-only/slow")
    @Transactional
    public String publicWrite(@QueryParam("seconds") double seconds) {
        return sleep(seconds);
    }

    @GET
    @Path("/admin/test-only/slow")
    @Authenticated
    @Transactional
    public String staffRead(@QueryParam("seconds") double seconds) {
        return sleep(seconds);
    }

    /** The planner setting a public request's queries run with. */
    @GET
    @Path("/test-only/plan-cache-mode")
    @Transactional
    public String publicPlanCacheMode() {
        return planCacheMode();
    }

    @GET
    @Path("/admin/test-only/plan-cache-mode")
    @Authenticated
    @Transactional
    public String staffPlanCacheMode() {
        return planCacheMode();
    }

    private String planCacheMode() {
        return (String) db.createNativeQuery("SELECT current_setting('plan_cache_mode')")
                .getSingleResult();
    }

    private String sleep(double seconds) {
        db.createNativeQuery("SELECT pg_sleep(?1)").setParameter(1, seconds).getSingleResult();
        return "\"slept\"";
    }
}
