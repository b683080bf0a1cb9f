package com.newsdesk.media;

import com.newsdesk.common.json.Patch;
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

    @Schema(name = "NewMedia", examples = """
                    {"kind": "image", "url": "https://cdn.newsroom.example/2026/11/harbour-dawn.jpg",
                     "mimeType": "image/jpeg", "width": 1600, "height": 900,
                     "alt": "Fishing boats in a harbour at dawn", "caption": "The harbour at first light.",
                     "credit": "Iryna Koval/Newsroom Photo"}""")
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
            @Size(max = 500) String source) {}

    /** JSON merge patch of a media item; null clears the optional texts. */
    @Schema(name = "MediaPatch", examples = "{\"alt\": \"Boats at dawn\", \"credit\": null}")
    public static class MediaPatch extends Patch {
        @Size(max = 2000)
        @Pattern(regexp = URL_PATTERN, message = URL_MESSAGE)
        private String url;

        @Size(max = 100)
        @Pattern(regexp = MIME_PATTERN, message = MIME_MESSAGE)
        private String mimeType;

        @Positive
        private Integer width;

        @Positive
        private Integer height;

        @Positive
        private Integer durationSeconds;

        @Size(max = 500)
        private String alt;

        @Size(max = 2000)
        private String caption;

        @Size(max = 300)
        private String credit;

        @Size(max = 500)
        private String source;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = sent("url", url);
        }

        public String getMimeType() {
            return mimeType;
        }

        public void setMimeType(String mimeType) {
            this.mimeType = sent("mimeType", mimeType);
        }

        public Integer getWidth() {
            return width;
        }

        public void setWidth(Integer width) {
            this.width = sent("width", width);
        }

        public Integer getHeight() {
            return height;
        }

        public void setHeight(Integer height) {
            this.height = sent("height", height);
        }

        public Integer getDurationSeconds() {
            return durationSeconds;
        }

        public void setDurationSeconds(Integer durationSeconds) {
            this.durationSeconds = sent("durationSeconds", durationSeconds);
        }

        public String getAlt() {
            return alt;
        }

        public void setAlt(String alt) {
            this.alt = sent("alt", alt);
        }

        public String getCaption() {
            return caption;
        }

        public void setCaption(String caption) {
            this.caption = sent("caption", caption);
        }

        public String getCredit() {
            return credit;
        }

        public void setCredit(String credit) {
            this.credit = sent("credit", credit);
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = sent("source", source);
        }
    }
}
