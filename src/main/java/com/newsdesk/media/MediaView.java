package com.newsdesk.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A media item as readers and staff see it. */
@Schema(
        name = "Media",
        requiredProperties = {
            "id",
            "kind",
            "url",
            "mimeType",
            "width",
            "height",
            "durationSeconds",
            "alt",
            "caption",
            "credit",
            "copyright",
            "bytes",
            "renditionStatus",
            "focalPoint",
            "renditions",
            "crops",
            "srcset",
            "placeholder",
            "dominantColor"
        },
        examples = """
                {"id": "019abf3e-8d7c-7c1e-9a55-3f1f7f8e0c11", "kind": "image",
                 "url": "https://api.newsroom.example/api/v1/media/files/5be1c0d2a4f3e6b7c8d9e0f1a2b3c4d5/1280w-3fa1c2d4e5b6.jpg",
                 "mimeType": "image/jpeg", "width": 6000, "height": 4000, "durationSeconds": null,
                 "alt": "Soldiers marching on a square", "caption": "A parade on the main square.",
                 "credit": "Iryna Koval/Newsroom Photo", "source": "Staff photo", "copyright": "(c) Newsroom Photo",
                 "bytes": 8123456, "renditionStatus": "ready", "focalPoint": {"x": 0.5, "y": 0.4},
                 "renditions": [{"url": "https://api.newsroom.example/api/v1/media/files/5be1c0d2a4f3e6b7c8d9e0f1a2b3c4d5/320w-9c0d1e2f3a4b.jpg",
                   "width": 320, "height": 213, "format": "jpeg", "bytes": 21034}],
                 "crops": [{"ratio": "16:9", "url": "https://api.newsroom.example/api/v1/media/files/5be1c0d2a4f3e6b7c8d9e0f1a2b3c4d5/16x9-0a1b2c3d4e5f.webp",
                   "width": 1200, "height": 675, "format": "webp", "bytes": 60412}],
                 "srcset": {"jpeg": "https://api.newsroom.example/api/v1/media/files/5be1c0d2a4f3e6b7c8d9e0f1a2b3c4d5/320w-9c0d1e2f3a4b.jpg 320w",
                   "webp": "https://api.newsroom.example/api/v1/media/files/5be1c0d2a4f3e6b7c8d9e0f1a2b3c4d5/320w-7d8e9f0a1b2c.webp 320w"},
                 "placeholder": "LKO2?U%2Tw=w]~RBVZRi};RPxuwH", "dominantColor": "#6b7d8c"}""")
public record MediaView(
        String id,
        MediaKind kind,

        @Schema(
                nullable = true,
                description = "Where readers get the file: for an uploaded image its largest JPEG rendition (null"
                        + " until the renditions are ready), for uploaded audio the file itself, otherwise the URL"
                        + " it was registered with.")
        String url,

        @Schema(example = "image/jpeg") String mimeType,

        @Schema(
                nullable = true,
                description = "Pixels of the image as displayed (EXIF orientation applied); images only.")
        Integer width,

        @Schema(nullable = true, description = "Pixels; images only.")
        Integer height,

        @Schema(nullable = true, description = "Audio only.")
        Integer durationSeconds,

        @Schema(
                nullable = true,
                description = "Text alternative; required before an article using the image is published.")
        String alt,

        @Schema(nullable = true) String caption,

        @Schema(nullable = true, description = "Photographer and agency, shown in brackets after the caption.")
        String credit,

        @Schema(nullable = true, description = "Source or licence note.")
        String source,

        @Schema(nullable = true, description = "Copyright notice; JPEG renditions carry it too.")
        String copyright,

        @Schema(nullable = true, description = "Size of the uploaded file; null for media by URL.")
        Long bytes,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Average bitrate of uploaded audio, in kbit/s; absent otherwise.")
        Integer bitrateKbps,

        @Schema(
                nullable = true,
                description = "Renditions of an uploaded image; ready for uploaded audio; null by URL.")
        RenditionStatus renditionStatus,

        @Schema(description = "Where crops centre.") FocalPoint focalPoint,

        @Schema(description = "The width ladder in JPEG and WebP, narrowest first; empty for media by URL.")
        List<RenditionView> renditions,

        @Schema(description = "The 16:9, 4:3 and 1:1 crops in JPEG and WebP; empty for media by URL.")
        List<CropView> crops,

        @Schema(nullable = true, description = "The ladder as srcset strings, one per format.")
        Srcset srcset,

        @Schema(
                nullable = true,
                description = "BlurHash of the image (4 x 3 components), to paint while it loads.",
                example = "LKO2?U%2Tw=w]~RBVZRi};RPxuwH")
        String placeholder,

        @Schema(nullable = true, example = "#6b7d8c") String dominantColor,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Staff only: the uploaded file itself, metadata and all. Never public.")
        String originalUrl) {

    @Schema(
            name = "FocalPoint",
            requiredProperties = {"x", "y"})
    public record FocalPoint(
            @Schema(minimum = "0", maximum = "1", description = "Fraction of the width from the left.")
            double x,

            @Schema(minimum = "0", maximum = "1", description = "Fraction of the height from the top.")
            double y) {}

    @Schema(
            name = "Rendition",
            requiredProperties = {"url", "width", "height", "format", "bytes"})
    public record RenditionView(
            String url,
            int width,
            int height,
            @Schema(enumeration = {"jpeg", "webp"}) String format,
            long bytes) {}

    @Schema(
            name = "Crop",
            requiredProperties = {"ratio", "url", "width", "height", "format", "bytes"})
    public record CropView(
            @Schema(enumeration = {"16:9", "4:3", "1:1"}) String ratio,
            String url,
            int width,
            int height,
            @Schema(enumeration = {"jpeg", "webp"}) String format,
            long bytes) {}

    @Schema(
            name = "Srcset",
            requiredProperties = {"jpeg", "webp"})
    public record Srcset(
            @Schema(example = "https://api.newsroom.example/api/v1/media/files/5be1/320w-9c0d.jpg 320w")
            String jpeg,

            @Schema(example = "https://api.newsroom.example/api/v1/media/files/5be1/320w-7d8e.webp 320w")
            String webp) {}
}
