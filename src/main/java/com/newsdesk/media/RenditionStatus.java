package com.newsdesk.media;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the renditions of an uploaded image stand. */
@Schema(
        name = "RenditionStatus",
        enumeration = {"pending", "ready", "failed"})
public enum RenditionStatus {
    PENDING,
    READY,
    FAILED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter
    static class Column implements AttributeConverter<RenditionStatus, String> {
        @Override
        public String convertToDatabaseColumn(RenditionStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public RenditionStatus convertToEntityAttribute(String value) {
            return value == null ? null : RenditionStatus.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
