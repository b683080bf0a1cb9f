package com.newsdesk.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public files of uploaded media: image renditions and crops, and audio as uploaded. Image
 * originals are never here. The URLs come from the media views; they carry content hashes.
 */
@Path("/api/v1/media/files/{folder}/{name}")
@Tag(name = "Media")
public class MediaFileResource {

    private final MediaFiles files;

    MediaFileResource(MediaFiles files) {
        this.files = files;
    }

    @GET
    @Produces({"image/jpeg", "image/webp", "audio/mpeg", "audio/mp4", "audio/ogg"})
    @Operation(
            operationId = "getMediaFile",
            summary = "Get a rendition or an audio file",
            description = "Cached for a year (the URL changes when the bytes do). Range requests are answered"
                    + " with 206 for a single range; several ranges get the whole file.")
    @APIResponse(
            responseCode = "200",
            description = "The file.",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "audio/mpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "audio/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "audio/ogg", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "206",
            description = "The requested byte range; Content-Range says which.",
            content = @Content(mediaType = "audio/mpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag still matches.")
    @APIResponse(responseCode = "404", description = "No such file.")
    @APIResponse(responseCode = "416", description = "The range lies outside the file; Content-Range: bytes */size.")
    public Response get(
            @Parameter(description = "The item's folder, from its URL.") @PathParam("folder") String folder,
            @Parameter(description = "The file's name, from its URL.") @PathParam("name") String name,
            @Context HttpHeaders headers) {
        return serve(folder, name, headers, false);
    }

    @HEAD
    @Operation(operationId = "headMediaFile", summary = "Get a file's headers only")
    @APIResponse(responseCode = "200", description = "The file's headers.")
    @APIResponse(responseCode = "404", description = "No such file.")
    public Response head(
            @PathParam("folder") String folder, @PathParam("name") String name, @Context HttpHeaders headers) {
        return serve(folder, name, headers, true);
    }

    private Response serve(String folder, String name, HttpHeaders headers, boolean head) {
        String key = MediaKeys.publicKey(folder, name);
        if (key == null) {
            throw new com.newsdesk.common.problem.ProblemException.NotFound("There is no such file.");
        }
        return files.serve(key, "\"" + folder + "-" + name + "\"", MediaFiles.IMMUTABLE, headers, head);
    }
}
