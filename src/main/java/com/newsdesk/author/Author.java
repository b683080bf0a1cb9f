package com.newsdesk.author;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A byline: a writer, photographer or desk that articles are credited to. */
@Entity
@Table(name = "author")
public class Author extends VersionedEntity {

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String bio;

    /** Role or title shown with the byline, such as "Kyiv correspondent". */
    public String title;

    /** A media item of kind image; resolved through the media feature. */
    @Column(name = "avatar_id")
    public UUID avatarId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "social_links", nullable = false)
    public List<SocialLink> socialLinks = new ArrayList<>();
}
