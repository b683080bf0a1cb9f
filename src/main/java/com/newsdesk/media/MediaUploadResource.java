package com.newsdesk.media;

import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Staff side of uploaded files: the upload itself and the renditions. Editors and admins. */
@Path("/api/v1/admin/media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.EDITOR_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Media (staff)", description = "Roles: editor, admin.")
public class MediaUploadResource {

    private final MediaUploads uploads;
    private final MediaService media;
    private final MediaFiles files;

    MediaUploadResource(MediaUploads uploads, MediaService media, MediaFiles files) {
        this.uploads = uploads;
        this.media = media;
        this.files = files;
    }

    /** The form as OpenAPI shows it; Quarkus REST reads the parts into the parameters below. */
    @Schema(
            name = "MediaUpload",
            requiredProperties = {"file"},
            properties = {
                @SchemaProperty(
                        name = "file",
                        type = SchemaType.STRING,
                        format = "binary",
                        description = "The image (JPEG, PNG, WebP; up to 40 MB and 60 megapixels) or audio (MP3,"
                                + " AAC/M4A, Ogg/Opus; up to 200 MB). Its type comes from its bytes."),
                @SchemaProperty(name = "alt", type = SchemaType.STRING, maxLength = 500),
                @SchemaProperty(
                        name = "caption",
                        type = SchemaType.STRING,
                        maxLength = 2000,
                        description = "Empty: the file's IPTC Caption-Abstract or XMP description."),
                @SchemaProperty(
                        name = "credit",
                        type = SchemaType.STRING,
                        maxLength = 300,
                        description = "Empty: the file's IPTC By-line/Credit, such as Ed Jones/AFP/Getty Images."),
                @SchemaProperty(
                        name = "copyright",
                        type = SchemaType.STRING,
                        maxLength = 500,
                        description = "Empty: the file's IPTC Copyright Notice."),
                @SchemaProperty(name = "source", type = SchemaType.STRING, maxLength = 500)
            })
    static final class UploadForm {}

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "createMedia",
            summary = "Upload an image or audio file, or register one by URL",
            description = "multipart/form-data with one file part uploads the file; application/json (NewMedia)"
                    + " registers a file that stays at its URL. For an upload, kind, MIME type, size, dimensions and duration"
                    + " come from the file's bytes. Caption, credit and copyright left empty are taken from the"
                    + " file's IPTC/XMP metadata. An image's renditions are made after the answer"
                    + " (renditionStatus pending, then ready)." + MediaAdminResource.ROLES)
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA,
                        schema = @Schema(implementation = UploadForm.class),
                        examples =
                                @ExampleObject(
                                        name = "agency-photo",
                                        summary = "A photo; caption and credit come from its IPTC fields",
                                        value = "{\"file\": \"(the JPEG's bytes)\","
                                                + " \"alt\": \"Soldiers marching on a square\"}"),
                        encoding =
                                @Encoding(
                                        name = "file",
                                        contentType = "image/jpeg, image/png, image/webp,"
                                                + " audio/mpeg, audio/mp4, audio/ogg")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = MediaInputs.NewMedia.class),
                        examples = @ExampleObject(name = "by-url", value = MediaInputs.NewMedia.EXAMPLE))
            })
    @APIResponse(responseCode = "201", description = "Stored; Location has its URL.")
    @APIResponse(
            responseCode = "400",
            description = "No file part, two of them, or an empty, truncated or undecodable file.")
    @APIResponse(
            responseCode = "409",
            description = "The same bytes were uploaded before; Location and existingId name that item.")
    @APIResponse(responseCode = "413", description = "Larger than the limit for its kind.")
    @APIResponse(responseCode = "415", description = "Not a supported image or audio format (SVG, PDF, HTML...).")
    @APIResponse(responseCode = "422", description = "More pixels than the limit, or over 1 MiB of metadata.")
    @APIResponse(responseCode = "503", description = "The media store is unavailable; nothing was kept.")
    public RestResponse<MediaView> upload(
            @Parameter(hidden = true) @RestForm("file") List<FileUpload> file,
            @Parameter(hidden = true) @RestForm String alt,
            @Parameter(hidden = true) @RestForm String caption,
            @Parameter(hidden = true) @RestForm String credit,
            @Parameter(hidden = true) @RestForm String copyright,
            @Parameter(hidden = true) @RestForm String source)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ProblemException.InvalidInput("file", "Attach the file as a form part named file");
        }
        if (file.size() > 1) {
            throw new ProblemException.InvalidInput(
                    "file", "Send one file per upload; this request has " + file.size());
        }
        MediaUploads.Fields fields = new MediaUploads.Fields(alt, caption, credit, copyright, source);
        fields.check();
        MediaView created = uploads.upload(file.get(0).uploadedFile(), fields);
        return RestResponse.ResponseBuilder.<MediaView>created(URI.create("/api/v1/admin/media/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}/original")
    @Produces({"image/jpeg", "image/png", "image/webp", "audio/mpeg", "audio/mp4", "audio/ogg"})
    @Operation(
            operationId = "getMediaOriginal",
            summary = "Get the uploaded file itself",
            description = "As uploaded, metadata included (GPS positions, camera serials): for staff only."
                    + MediaAdminResource.ROLES)
    @APIResponse(
            responseCode = "200",
            description = "The file.",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such media item, or one registered by URL.")
    public Response original(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        MediaService.Original original = media.original(id);
        return files.serve(original.key(), "\"" + original.sha256() + "\"", "no-store", headers, false);
    }

    @POST
    @Path("/{id}/renditions")
    @Operation(
            operationId = "renderMedia",
            summary = "Make an image's renditions again",
            description = "After the ladder or the encoders changed; the answer comes before they are made"
                    + " (renditionStatus pending)." + MediaAdminResource.ROLES)
    @APIResponse(responseCode = "202", description = "Queued; the item as it is now.")
    @APIResponse(responseCode = "404", description = "No such media item.")
    @APIResponse(responseCode = "422", description = "Not an uploaded image.")
    public RestResponse<MediaView> renderAgain(@PathParam("id") UUID id) {
        return RestResponse.accepted(media.renderAgain(id));
    }

    @POST
    @Path("/renditions")
    @RolesAllowed(StaffRole.ADMIN_ROLE)
    @Operation(
            operationId = "renderAllMedia",
            summary = "Make every image's renditions again",
            description = "After NEWSDESK_MEDIA_WIDTHS changed. Roles: admin.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; how many images.",
            content = @Content(schema = @Schema(implementation = Queued.class)))
    public RestResponse<Queued> renderAllAgain() {
        return RestResponse.accepted(new Queued(media.renderAllAgain()));
    }

    @Schema(
            name = "RenditionsQueued",
            requiredProperties = {"queued"})
    public record Queued(
            @Schema(description = "Images whose renditions will be made again.")
            int queued) {}
}
