package com.newsdesk.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public read of a media item: URL, size, caption, credit and alt text. */
@Path("/api/v1/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media", description = "Images and audio with their captions, credits and alt text.")
public class MediaResource {

    private final MediaService media;

    MediaResource(MediaService media) {
        this.media = media;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMedia", summary = "Get a media item")
    @APIResponse(responseCode = "200", description = "The media item.")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "404", description = "No such media item.")
    public MediaView get(@PathParam("id") UUID id) {
        return media.get(id);
    }
}
