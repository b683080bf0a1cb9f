package com.newsdesk.collection;

import com.newsdesk.collection.CollectionViews.CollectionView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Curated collections for readers: Editors' Picks, More news and the others editors make. */
@Path("/api/v1/collections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Curated lists of articles.")
public class CollectionResource {

    private final CollectionService collections;

    CollectionResource(CollectionService collections) {
        this.collections = collections;
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getCollection",
            summary = "Get a curated collection",
            description = "Published articles in the editors' order; picks outside their time window are left out.")
    @APIResponse(responseCode = "200", description = "The collection.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "404", description = "No collection has this slug.")
    public CollectionView get(@Parameter(example = "editors-picks") @PathParam("slug") String slug) {
        return collections.view(slug);
    }
}
