package com.newsdesk.collection;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A named, ordered list of articles that editors curate. */
@Entity
@Table(name = "collection")
public class Collection extends VersionedEntity {

    /** One place in a collection, with an optional window of time to be shown in. */
    public record Item(UUID articleId, Instant showFrom, Instant showUntil) {
        boolean showsAt(Instant now) {
            return (showFrom == null || !showFrom.isAfter(now)) && (showUntil == null || showUntil.isAfter(now));
        }
    }

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Item> items = new ArrayList<>();
}
