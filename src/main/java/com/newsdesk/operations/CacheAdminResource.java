package com.newsdesk.operations;

import com.newsdesk.common.cache.ReadCache;
import com.newsdesk.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How the read cache of this instance is doing. Admins only. Outside {@code common.cache}, which
 * knows nothing of staff roles.
 */
@Path("/api/v1/admin/cache")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Operations", description = "The state of this instance. Roles: admin.")
public class CacheAdminResource {

    private final ReadCache cache;

    CacheAdminResource(ReadCache cache) {
        this.cache = cache;
    }

    /** The read cache of the instance that answers, since it started. */
    @Schema(
            name = "CacheStats",
            description = "The read cache of the instance that answers, counted since it started.",
            requiredProperties = {"enabled", "entries", "bytes", "maxBytes", "hits", "misses", "hitRate"},
            examples = """
                    {"enabled": true, "entries": 412, "bytes": 18874368, "maxBytes": 67108864,
                     "hits": 98231, "misses": 5120, "hitRate": 0.9505}""")
    public record CacheStats(
            @Schema(description = "false when NEWSDESK_CACHE_ENABLED=false")
            boolean enabled,

            @Schema(description = "Answers kept now.") long entries,

            @Schema(description = "Memory they hold, roughly (both codings, headers, keys).")
            long bytes,

            @Schema(description = "NEWSDESK_CACHE_MAX_BYTES.")
            long maxBytes,

            @Schema(description = "Public reads answered from the cache.")
            long hits,

            @Schema(description = "Cacheable public reads that had to be computed.")
            long misses,

            @Schema(description = "hits / (hits + misses), 0 before the first read.")
            double hitRate) {}

    @GET
    @Operation(
            operationId = "getCacheStats",
            summary = "Read cache size and hit rate",
            description = "Entries, memory and hit rate of the answering instance's read cache (each instance has"
                    + " its own). Roles: admin.")
    @APIResponse(
            responseCode = "200",
            description = "The cache's numbers.",
            content = @Content(schema = @Schema(implementation = CacheStats.class)))
    public CacheStats get() {
        ReadCache.Stats stats = cache.stats();
        long reads = stats.hits() + stats.misses();
        return new CacheStats(
                cache.enabled(),
                stats.entries(),
                stats.bytes(),
                stats.maxBytes(),
                stats.hits(),
                stats.misses(),
                reads == 0 ? 0 : (double) stats.hits() / reads);
    }
}
