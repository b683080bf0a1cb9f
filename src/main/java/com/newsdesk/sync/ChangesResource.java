package com.newsdesk.sync;

import com.newsdesk.common.paging.PageLimit;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Delta sync: keep a complete offline copy of the published articles current. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Delta sync for offline apps.")
public class ChangesResource {

    private final ChangesService changes;

    ChangesResource(ChangesService changes) {
        this.changes = changes;
    }

    @GET
    @Operation(
            operationId = "getChanges",
            summary = "Changes since a sync token",
            description = "Articles published or changed since the token (as they are now), and tombstones of those"
                    + " unpublished, archived or deleted. Without since= it starts from the beginning. Keep"
                    + " meta.nextToken; while meta.hasMore, ask again at once. Changes that commit late are held back"
                    + " until they can be delivered in order, never skipped.")
    @APIResponse(responseCode = "200", description = "The changes.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "400", description = "A token this API did not issue, or a bad limit.")
    public ChangesPage changes(
            @Parameter(description = "meta.nextToken of the last sync.") @QueryParam("since") String since,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("limit")
                    String limit) {
        return changes.since(since, PageLimit.parse(limit));
    }
}
