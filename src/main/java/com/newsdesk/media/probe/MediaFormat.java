package com.newsdesk.media.probe;

/** The media formats an upload may have, as recognised from the file's bytes by {@link MediaProbe}. */
public enum MediaFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    MP3("audio/mpeg", "mp3"),
    M4A("audio/mp4", "m4a"),
    OGG("audio/ogg", "ogg");

    private final String mimeType;
    private final String extension;

    MediaFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The file name extension to store the file under, without the dot. */
    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG || this == WEBP;
    }
}
