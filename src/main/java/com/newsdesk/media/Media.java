package com.newsdesk.media;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An image or audio file, referenced by URL, with what readers see of it. */
@Entity
@Table(name = "media")
public class Media extends VersionedEntity {

    @Convert(converter = KindColumn.class)
    @Column(nullable = false)
    public MediaKind kind;

    @Column(nullable = false)
    public String url;

    @Column(name = "mime_type", nullable = false)
    public String mimeType;

    public Integer width;
    public Integer height;

    @Column(name = "duration_seconds")
    public Integer durationSeconds;

    public String alt;
    public String caption;
    public String credit;
    public String source;

    @Converter
    static class KindColumn implements AttributeConverter<MediaKind, String> {
        @Override
        public String convertToDatabaseColumn(MediaKind kind) {
            return kind == null ? null : kind.value();
        }

        @Override
        public MediaKind convertToEntityAttribute(String value) {
            return value == null ? null : MediaKind.of(value);
        }
    }
}
