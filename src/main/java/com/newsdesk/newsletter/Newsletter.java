package com.newsdesk.newsletter;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A newsletter readers can sign up for. Never leaves the service layer. */
@Entity
@Table(name = "newsletter")
public class Newsletter extends VersionedEntity {

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String description;

    /** daily, weekdays, weekly, fortnightly, monthly or irregular. */
    @Column(nullable = false)
    public String cadence;

    /** The journalist who writes it, if one does. */
    @Column(name = "host_author_id")
    public UUID hostAuthorId;

    /** The name its mail comes from ("Kyiv Morning Briefing"). */
    @Column(name = "sender_name", nullable = false)
    public String senderName;

    /** active or archived; archived ones take no sign-ups and are not listed. */
    @Column(nullable = false)
    public String status;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public boolean active() {
        return "active".equals(status);
    }
}
