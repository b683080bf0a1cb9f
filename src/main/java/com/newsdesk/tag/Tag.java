package com.newsdesk.tag;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tag (a topic, place or person articles are about). */
@Entity
@Table(name = "tag")
public class Tag extends VersionedEntity {

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String description;
}
