package com.newsdesk.media;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;

/** An image or audio file, referenced by URL, with what readers see of it. */
@Entity
@Table(name = "media")
public class Media {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

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

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

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
