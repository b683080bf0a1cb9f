package com.newsdesk.section;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of the publication (News, Opinion, ...). Never leaves the service layer. */
@Entity
@Table(name = "section")
public class Section extends VersionedEntity {

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String description;

    /** Menu order: lower first. */
    @Column(nullable = false)
    public int position;
}
