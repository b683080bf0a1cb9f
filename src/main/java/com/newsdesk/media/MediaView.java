package com.newsdesk.media;

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
            "credit"
        },
        examples = """
                {"id": "019abf3e-8d7c-7c1e-9a55-3f1f7f8e0c11", "kind": "image",
                 "url": "https://cdn.newsroom.example/2026/11/harbour-dawn.jpg", "mimeType": "image/jpeg",
                 "width": 1600, "height": 900, "durationSeconds": null,
                 "alt": "Fishing boats in a harbour at dawn", "caption": "The harbour at first light.",
                 "credit": "Iryna Koval/Newsroom Photo", "source": "Staff photo"}""")
public record MediaView(
        String id,
        MediaKind kind,
        String url,
        @Schema(example = "image/jpeg") String mimeType,

        @Schema(nullable = true, description = "Pixels; images only.")
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
        String source) {

    public static MediaView of(Media media) {
        return new MediaView(
                media.id.toString(),
                media.kind,
                media.url,
                media.mimeType,
                media.width,
                media.height,
                media.durationSeconds,
                media.alt,
                media.caption,
                media.credit,
                media.source);
    }
}
