package com.newsdesk.live;

import com.newsdesk.article.Block;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a live article's News Feed. Deleting one keeps the row as a marker with its
 * content gone, so readers catching up learn that it went; its place in the change order (the
 * {@code tx} column) is the database's alone and never read or written here.
 */
@Entity
@Table(name = "live_entry")
public class LiveEntry {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "article_id", nullable = false, updatable = false)
    public UUID articleId;

    public String headline;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Block> body = new ArrayList<>();

    @Column(name = "media_id")
    public UUID mediaId;

    @Column(name = "key_event", nullable = false)
    public boolean keyEvent;

    @Column(nullable = false)
    public boolean pinned;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "author_ids", nullable = false)
    public UUID[] authorIds = new UUID[0];

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
