package com.newsdesk.media.image;

/** The formats renditions are encoded in. */
public enum ImageFormat {
    JPEG("jpeg", "image/jpeg", "jpg"),
    WEBP("webp", "image/webp", "webp");

    private final String value;
    private final String mimeType;
    private final String extension;

    ImageFormat(String value, String mimeType, String extension) {
        this.value = value;
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String value() {
        return value;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }
}
