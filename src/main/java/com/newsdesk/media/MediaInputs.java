package com.newsdesk.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the staff media API. */
public final class MediaInputs {

    static final String URL_PATTERN = "^https?://[^\\s]+$";
    static final String URL_MESSAGE = "Must be an http or https URL";
    static final String MIME_PATTERN = "^(image|audio)/[a-z0-9.+-]+$";
    static final String MIME_MESSAGE = "Must be an image/... or audio/... media type, such as image/jpeg";

    private MediaInputs() {}

    @Schema(name = "NewMedia", examples = NewMedia.EXAMPLE)
    public record NewMedia(
            @NotNull MediaKind kind,

            @NotNull @Size(max = 2000) @Pattern(regexp = URL_PATTERN, message = URL_MESSAGE)
            String url,

            @NotNull @Size(max = 100) @Pattern(regexp = MIME_PATTERN, message = MIME_MESSAGE)
            String mimeType,

            @Positive Integer width,
            @Positive Integer height,
            @Positive Integer durationSeconds,
            @Size(max = 500) String alt,
            @Size(max = 2000) String caption,
            @Size(max = 300) String credit,
            @Size(max = 500) String source) {

        static final String EXAMPLE = """
                    {"kind": "image", "url": "https://cdn.newsroom.example/2026/11/harbour-dawn.jpg",
                     "mimeType": "image/jpeg", "width": 1600, "height": 900,
                     "alt": "Fishing boats in a harbour at dawn", "caption": "The harbour at first light.",
                     "credit": "Iryna Koval/Newsroom Photo"}""";
    }

    /**
     * What a JSON merge patch of a media item may change: everything but its kind, which authors'
     * avatars and articles' images and audio rely on (another kind is another item), and, for an
     * uploaded file, what its bytes say (URL, MIME type, size, duration).
     */
    @Schema(name = "MediaPatch", examples = MediaChanges.EXAMPLE)
    public record MediaChanges(
            @Size(max = 2000) @Pattern(regexp = URL_PATTERN, message = URL_MESSAGE)
            String url,

            @Size(max = 100) @Pattern(regexp = MIME_PATTERN, message = MIME_MESSAGE)
            String mimeType,

            @Schema(nullable = true) @Positive Integer width,
            @Schema(nullable = true) @Positive Integer height,
            @Schema(nullable = true) @Positive Integer durationSeconds,
            @Schema(nullable = true) @Size(max = 500) String alt,
            @Schema(nullable = true) @Size(max = 2000) String caption,
            @Schema(nullable = true) @Size(max = 300) String credit,
            @Schema(nullable = true) @Size(max = 500) String source,
            @Schema(nullable = true) @Size(max = 500) String copyright,
            @Valid Focus focalPoint) {

        static final String EXAMPLE =
                "{\"alt\": \"Boats at dawn\", \"credit\": null, \"focalPoint\": {\"x\": 0.3, \"y\": 0.4}}";
    }

    /** Where crops of an uploaded image centre: fractions of its width and height. */
    @Schema(
            name = "FocalPointInput",
            requiredProperties = {"x", "y"})
    public record Focus(
            @NotNull @DecimalMin("0") @DecimalMax("1") Double x,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double y) {

        public Focus(float x, float y) {
            this((double) x, (double) y);
        }
    }
}
