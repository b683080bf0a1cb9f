package com.newsdesk.media;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MediaKind",
        enumeration = {"image", "audio"})
public enum MediaKind {
    IMAGE,
    AUDIO;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MediaKind of(String value) {
        for (MediaKind kind : values()) {
            if (kind.value().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Must be one of: image, audio");
    }
}
