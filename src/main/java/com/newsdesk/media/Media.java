package com.newsdesk.media;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An image or audio file, uploaded or referenced by URL, with what readers see of it. */
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
    public String copyright;

    /** Hex SHA-256 of an uploaded file; null for media by URL. */
    public String sha256;

    /** Where an uploaded file is kept in the {@code MediaStore}; null for media by URL. */
    @Column(name = "original_key")
    public String originalKey;

    public Long bytes;

    @Column(name = "bitrate_kbps")
    public Integer bitrateKbps;

    public Short orientation;

    @Column(name = "focal_x", nullable = false)
    public float focalX = 0.5f;

    @Column(name = "focal_y", nullable = false)
    public float focalY = 0.5f;

    @Convert(converter = RenditionStatus.Column.class)
    @Column(name = "rendition_status")
    public RenditionStatus renditionStatus;

    /** The files made from an uploaded image, by {@code MediaRenditions}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Rendition> renditions = new ArrayList<>();

    public String placeholder;

    @Column(name = "dominant_color")
    public String dominantColor;

    @Column(name = "rendition_error")
    public String renditionError;

    /** An uploaded file, as opposed to one referenced by URL. */
    public boolean uploaded() {
        return originalKey != null;
    }

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
